#include "pages/knowledge/urldialog.h"

#include "knowledge/fetch.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

// A line as the message quotes it: long ones shortened.
QString quoted(const QString &line)
{
    constexpr int kMax = 60;
    return line.size() <= kMax ? line : line.left(kMax - 1) + QStringLiteral("…");
}

} // namespace

UrlDialog::UrlDialog(const QString &collection, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("urlDialog"));
    setWindowTitle(tr("Add web pages"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Web pages to import into \"%1\", one address a line:").arg(collection), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("urlText"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(QStringLiteral("https://example.com/handbook.html\nhttps://example.com/faq"));
    m_text->setAccessibleName(tr("Web addresses"));
    label->setBuddy(m_text);
    const QFontMetrics metrics(m_text->font());
    m_text->setMinimumSize(metrics.horizontalAdvance(QLatin1Char('x')) * 60, metrics.lineSpacing() * 6);
    layout->addWidget(m_text, 1);
    auto *note = new QLabel(tr("Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF "
                               "or office documents. An unchanged page is not embedded again when added once more."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("urlHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &UrlDialog::check);
    check();
}

UrlDialog::~UrlDialog() = default;

void UrlDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QStringList UrlDialog::urls() const
{
    auto parsed = parse(m_text->toPlainText());
    return parsed ? *parsed : QStringList();
}

Expected<QStringList> UrlDialog::parse(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(i) + 1;
        const QUrl url(line, QUrl::StrictMode);
        QString problem;
        if (url.isValid() && url.scheme().isEmpty() && !line.contains(QLatin1Char(' ')))
            problem
                = tr("Line %1: \"%2\" has no http:// or https:// in front. Write the whole address, e.g. https://%2.").arg(number).arg(quoted(line));
        else if (!url.isValid() || url.scheme().isEmpty())
            problem = tr("Line %1: \"%2\" is not a valid web address. Check it for spaces and typing errors, or copy it from the browser's address "
                         "bar.")
                          .arg(number)
                          .arg(quoted(line));
        else if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0
                 && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
            problem = tr("Line %1: \"%2\" is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.")
                          .arg(number)
                          .arg(quoted(line));
        else if (url.host().isEmpty() || !knowledge::isWebSource(line))
            problem = tr("Line %1: \"%2\" names no server. Write it like https://example.com/page.").arg(number).arg(quoted(line));
        if (!problem.isEmpty())
            return Error::make(Error::Kind::Validation, problem);
        if (!out.contains(line))
            out << line;
    }
    return out;
}

void UrlDialog::check()
{
    const auto parsed = parse(m_text->toPlainText());
    const bool ok = parsed && !parsed->isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (!parsed) {
        m_hint->setText(parsed.error().message);
        m_hint->setStyleSheet(ThemeManager::errorStyleSheet());
        return;
    }
    m_hint->setStyleSheet(QString());
    m_hint->setText(ok ? tr("%n page(s) to import.", nullptr, int(parsed->size()))
                       : tr("Enter one or more addresses starting with http:// or https://."));
}

} // namespace sb::ui
