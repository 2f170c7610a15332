#include "pages/playground/composer.h"

#include "knowledge/pdftext.h"
#include "prompts.h"
#include "widgets/modelpicker.h"
#include "widgets/sendkey.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

using protocol::ContentPart;

namespace {

const QStringList kImageTypes{QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"), QStringLiteral("image/webp")};

// A fence longer than any run of backticks in the text, so an inlined file cannot close it early.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

} // namespace

Composer::Composer(const ModelPicker &picker, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_picker(picker)
    , m_prompts(prompts)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_editing = new QLabel(tr("Editing a message: Send keeps the original as another version; Esc cancels."), this);
    m_editing->setObjectName(QStringLiteral("editingBanner"));
    m_editing->hide();
    v->addWidget(m_editing);
    auto *attachRow = new QHBoxLayout;
    m_attachLabel = new QLabel(this);
    m_attachLabel->setObjectName(QStringLiteral("attachments"));
    m_clearAttachments = new QToolButton(this);
    m_clearAttachments->setText(tr("Remove attachments"));
    m_clearAttachments->setAutoRaise(true);
    connect(m_clearAttachments, &QToolButton::clicked, this, &Composer::clearAttachments);
    attachRow->addWidget(m_attachLabel, 1);
    attachRow->addWidget(m_clearAttachments);
    m_attachLabel->hide();
    m_clearAttachments->hide();
    v->addLayout(attachRow);

    auto *composer = new QHBoxLayout;
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("composer"));
    m_input->setPlaceholderText(tr("Message (Enter sends, Shift+Enter adds a line, Esc stops)"));
    m_input->setTabChangesFocus(true);
    // grows with its text from 4 to 12 lines, then scrolls
    auto fitComposer = [this] {
        const int line = m_input->fontMetrics().lineSpacing();
        int lines = 0;
        for (QTextBlock b = m_input->document()->begin(); b.isValid(); b = b.next())
            lines += b.layout() && b.layout()->lineCount() > 0 ? b.layout()->lineCount() : 1;
        m_input->setFixedHeight(line * std::clamp(lines, 4, 12) + 12);
    };
    connect(m_input->document(), &QTextDocument::contentsChanged, this, fitComposer);
    fitComposer();
    m_input->installEventFilter(this);
    composer->addWidget(m_input, 1);
    auto *buttons = new QVBoxLayout;
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT stopRequested();
        else
            Q_EMIT sendRequested();
    });
    m_attach = new QPushButton(tr("Attach…"), this);
    m_attach->setToolTip(tr("Images (for vision models), PDFs (for models that read them) and text or code files (inlined)"));
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFile(
            this, tr("Attach a file"),
            tr("Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js "
               "*.ts *.rs *.go *.java *.sh);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto r = attachFile(path); !r)
            m_prompts.error(this, tr("Attach a file"), r.error().message);
    });
    buttons->addWidget(m_send);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    composer->addLayout(buttons);
    v->addLayout(composer);
}

Expected<void> Composer::attachFile(const QString &path)
{
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    if (!fi.isFile() || !fi.isReadable())
        return Error::make(Error::Kind::Io, tr("“%1” cannot be read.").arg(name));
    const QMimeDatabase db;
    const QMimeType byName = db.mimeTypeForFile(fi, QMimeDatabase::MatchExtension);
    const QMimeType byContent = db.mimeTypeForFile(fi, QMimeDatabase::MatchContent);
    if (byContent.name() == QLatin1String("application/pdf") || byName.name() == QLatin1String("application/pdf"))
        return attachPdf(path);
    const bool namedImage = byName.name().startsWith(QLatin1String("image/"));
    const bool isImage = kImageTypes.contains(byContent.name());
    if (namedImage || isImage) {
        if (namedImage && byContent.name() != byName.name() && !byContent.inherits(byName.name()))
            return Error::make(Error::Kind::Parse,
                               tr("“%1” is named like %2 but its content is %3: not attached.").arg(name, byName.comment(), byContent.comment()));
        if (!isImage)
            return Error::make(Error::Kind::Validation, tr("“%1” is %2; models take PNG, JPEG, GIF or WebP images.").arg(name, byContent.comment()));
        if (fi.size() > kMaxImageBytes)
            return Error::make(Error::Kind::Validation,
                               tr("“%1” is %2 MB; images can be at most %3 MB.")
                                   .arg(name)
                                   .arg(double(fi.size()) / 1048576.0, 0, 'f', 1)
                                   .arg(kMaxImageBytes / 1048576));
        if (const auto e = m_picker.currentEntry(); e && e->info && !e->info->capabilities.vision)
            return Error::make(Error::Kind::Validation,
                               tr("%1 does not take images. Pick a model marked “vision” to attach “%2”.").arg(e->model, name));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("“%1” cannot be read: %2").arg(name, f.errorString()));
        ContentPart part = ContentPart::makeImageData(f.readAll().toBase64(), byContent.name());
        part.title = name;
        m_attachments << Attachment{name, part};
    } else {
        if (fi.size() > kMaxTextBytes)
            return Error::make(Error::Kind::Validation,
                               tr("“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).")
                                   .arg(name)
                                   .arg(fi.size() / 1024)
                                   .arg(kMaxTextBytes / 1024));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("“%1” cannot be read: %2").arg(name, f.errorString()));
        const QByteArray bytes = f.readAll();
        QStringDecoder decode(QStringDecoder::Utf8);
        const QString text = decode(bytes);
        if (bytes.contains('\0') || decode.hasError())
            return Error::make(Error::Kind::Parse,
                               tr("“%1” is not a text file (its content looks like %2): not attached.").arg(name, byContent.comment()));
        const QString fence = fenceFor(text);
        QString body = QStringLiteral("\n\n%1\n\n%2%3\n%4%5%2\n")
                           .arg(name, fence, fi.suffix(), text, text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
        m_attachments << Attachment{name, ContentPart::makeText(body)};
    }
    showAttachments();
    return {};
}

// A PDF goes as a document part to models that read PDFs (the router checks each API's page and size
// limits before sending); for a model that does not, the user may send its extracted text instead.
Expected<ContentPart> Composer::readPdf(const QString &path)
{
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    if (!fi.isFile() || !fi.isReadable())
        return Error::make(Error::Kind::Io, tr("“%1” cannot be read.").arg(name));
    if (QMimeDatabase().mimeTypeForFile(fi, QMimeDatabase::MatchContent).name() != QLatin1String("application/pdf"))
        return Error::make(Error::Kind::Parse, tr("“%1” is not a PDF: not attached.").arg(name));
    if (fi.size() > kMaxPdfBytes)
        return Error::make(Error::Kind::Validation,
                           tr("“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI's limit; Anthropic takes 32 MB, Gemini 20 MB).")
                               .arg(name)
                               .arg(double(fi.size()) / 1048576.0, 0, 'f', 1)
                               .arg(kMaxPdfBytes / 1048576));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("“%1” cannot be read: %2").arg(name, f.errorString()));
    ContentPart part;
    part.type = ContentPart::Type::Document;
    part.data = f.readAll().toBase64();
    part.mediaType = QStringLiteral("application/pdf");
    part.title = name;
    return part;
}

Expected<void> Composer::attachPdf(const QString &path)
{
    auto read = readPdf(path);
    if (!read)
        return read.error();
    ContentPart part = std::move(*read);
    const QString name = part.title;
    if (const auto e = m_picker.currentEntry(); e && e->info && !e->info->capabilities.pdf) {
        const int choice = m_prompts.choose(this, tr("Attach a file"),
                                            tr("%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and "
                                               "images), or pick a model marked “pdf”.")
                                                .arg(e->model, name),
                                            {tr("Send the extracted text"), tr("Cancel")});
        if (choice != 0)
            return {};
        auto text = knowledge::pdfAsText(part);
        if (!text)
            return Error::make(text.error().kind, tr("The text of “%1” cannot be extracted: %2").arg(name, text.error().message));
        part = std::move(*text);
    }
    m_attachments << Attachment{name, part};
    showAttachments();
    return {};
}

QStringList Composer::attachmentNames() const
{
    QStringList names;
    for (const Attachment &a : m_attachments)
        names << a.name;
    return names;
}

QList<ContentPart> Composer::attachmentParts() const
{
    QList<ContentPart> parts;
    for (const Attachment &a : m_attachments)
        parts << a.part;
    return parts;
}

void Composer::showAttachments()
{
    m_attachLabel->setText(tr("Attached: %1").arg(attachmentNames().join(QStringLiteral(", "))));
    m_attachLabel->show();
    m_clearAttachments->show();
}

void Composer::clearAttachments()
{
    m_attachments.clear();
    m_attachLabel->hide();
    m_clearAttachments->hide();
}

QString Composer::text() const
{
    return m_input->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_input->setPlainText(text);
}

void Composer::focusInput()
{
    m_input->setFocus();
}

void Composer::setEditing(bool editing)
{
    m_editing->setVisible(editing);
}

void Composer::clear()
{
    m_input->clear();
    m_editing->hide();
    clearAttachments();
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Stop") : tr("Send"));
    m_send->setToolTip(busy ? tr("Stop the answer (Esc); what arrived is kept") : (m_ctrlEnterSends ? tr("Send (Ctrl+Enter)") : tr("Send (Enter)")));
}

void Composer::setCtrlEnterSends(bool on)
{
    m_ctrlEnterSends = on;
    setBusy(m_busy); // the tooltip names the key
}

void Composer::setReady(bool ready)
{
    m_input->setEnabled(ready);
    m_send->setEnabled(ready);
    m_attach->setEnabled(ready);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isSendKey(key, m_ctrlEnterSends)) {
            Q_EMIT sendRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT escapePressed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::ui
