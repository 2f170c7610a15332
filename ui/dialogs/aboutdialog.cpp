#include "aboutdialog.h"

#include "common/version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSysInfo>
#include <QVBoxLayout>

namespace sb::ui {

AboutDialog::AboutDialog(const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Switchboard"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(64, 64));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(tr("<h2>Switchboard %1</h2>"
                     "<p>Every LLM provider behind one interface: routing with failover, a playground, "
                     "model comparison, usage and cost with budgets, and a local proxy for your tools.</p>"
                     "<p>Built with Qt %2 (running on Qt %3), %4.</p>"
                     "<p>Data directory: %5</p>"
                     "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                      .arg(QStringLiteral(SWITCHBOARD_VERSION_STRING), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                           QSysInfo::prettyProductName(), QDir::toNativeSeparators(dataDirectory).toHtmlEscaped()));
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

} // namespace sb::ui
