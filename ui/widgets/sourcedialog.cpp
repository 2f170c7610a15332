#include "widgets/sourcedialog.h"

#include "knowledge/context.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sb::ui {

SourceDialog::SourceDialog(int number, const knowledge::Passage &passage, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Source [%1]").arg(number));
    auto *layout = new QVBoxLayout(this);

    const QUrl web(passage.source);
    const bool remote = web.isValid() && (web.scheme() == QLatin1String("http") || web.scheme() == QLatin1String("https"));
    const QFileInfo file(passage.source);
    QStringList where;
    if (passage.page > 0)
        where << tr("page %1").arg(passage.page);
    if (!passage.heading.isEmpty())
        where << passage.heading;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(QStringLiteral("<b>[%1] %2</b>%3")
                          .arg(number)
                          .arg((remote ? passage.source : file.fileName()).toHtmlEscaped(),
                               where.isEmpty() ? QString() : QStringLiteral("<br>") + where.join(QStringLiteral(" · ")).toHtmlEscaped()));
    layout->addWidget(m_header);

    auto *path = new QLabel(this);
    path->setObjectName(QStringLiteral("sourcePath"));
    path->setWordWrap(true);
    path->setForegroundRole(QPalette::PlaceholderText);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString location = remote ? QString() : QDir::toNativeSeparators(passage.source);
    if (passage.end > passage.start)
        location += (location.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("characters %1–%2").arg(passage.start).arg(passage.end);
    path->setText(location);
    path->setVisible(!location.isEmpty());
    layout->addWidget(path);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setOpenLinks(false);
    m_text->setPlainText(passage.text);
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(remote ? tr("Open page") : tr("Open file"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openSource"));
    auto *copy = buttons->addButton(tr("Copy passage"), QDialogButtonBox::ActionRole);
    if (remote)
        m_url = web;
    else if (file.isFile())
        m_url = QUrl::fromLocalFile(file.absoluteFilePath());
    m_open->setEnabled(!m_url.isEmpty());
    if (m_url.isEmpty())
        m_open->setToolTip(
            tr("The file is no longer at %1: it was moved or deleted since it was imported.").arg(QDir::toNativeSeparators(passage.source)));
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(560, 380);
}

SourceDialog::~SourceDialog() = default;

QString SourceDialog::headerText() const
{
    QTextDocument doc;
    doc.setHtml(m_header->text());
    return doc.toPlainText();
}

QString SourceDialog::passageText() const
{
    return m_text->toPlainText();
}

} // namespace sb::ui
