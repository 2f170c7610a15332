#include "widgets/knowledgepicker.h"

#include "common/async.h"
#include "knowledge/store.h"

#include <QMenu>

namespace sb::ui {

KnowledgePicker::KnowledgePicker(std::shared_ptr<Database> database, QWidget *parent)
    : QToolButton(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("knowledgePicker"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    setMenu(menu);
    // the list as last read shows at once; a fresh read updates the open menu when it lands
    connect(menu, &QMenu::aboutToShow, this, &KnowledgePicker::refresh);
    updateText();
    rebuildMenu();
    refresh();
}

KnowledgePicker::~KnowledgePicker() = default;

void KnowledgePicker::refresh()
{
    if (!m_database)
        return;
    async::runThenCallback(
        this,
        [database = m_database]() -> Expected<QStringList> {
            auto collections = knowledge::KnowledgeStore(database).collections();
            if (!collections)
                return collections.error();
            QStringList names;
            for (const knowledge::Collection &c : *collections)
                names << c.name;
            return names;
        },
        [this](const Expected<QStringList> &names) {
            m_error = names ? QString() : names.error().message;
            if (names)
                m_available = *names;
            rebuildMenu();
            Q_EMIT refreshed();
        });
}

void KnowledgePicker::setSelected(const QStringList &names)
{
    m_selected = names;
    m_selected.removeDuplicates();
    updateText();
    rebuildMenu();
}

void KnowledgePicker::setChecked(const QString &name, bool checked)
{
    if (checked == m_selected.contains(name))
        return;
    if (checked)
        m_selected << name;
    else
        m_selected.removeAll(name);
    updateText();
    // queued: this may run in the toggled() of an action the rebuild deletes
    QMetaObject::invokeMethod(this, &KnowledgePicker::rebuildMenu, Qt::QueuedConnection);
    Q_EMIT changed(m_selected);
}

void KnowledgePicker::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    QStringList names = m_available;
    for (const QString &s : std::as_const(m_selected)) {
        if (!names.contains(s))
            names << s;
    }
    for (const QString &name : std::as_const(names)) {
        const bool missing = !m_available.contains(name);
        QAction *a = m->addAction(missing ? tr("%1 (not in the knowledge base)").arg(name) : name);
        a->setCheckable(true);
        a->setChecked(m_selected.contains(name));
        a->setData(name);
        connect(a, &QAction::toggled, this, [this, name](bool on) { setChecked(name, on); });
    }
    if (names.isEmpty()) {
        QAction *none = m->addAction(m_error.isEmpty() ? tr("No collections yet: create one on the Knowledge page or with switchboard-cli kb create")
                                                       : tr("The collections could not be read: %1").arg(m_error));
        none->setEnabled(false);
    } else if (!m_selected.isEmpty()) {
        m->addSeparator();
        m->addAction(tr("Answer without the knowledge base"), this, [this] {
            const bool had = !m_selected.isEmpty();
            m_selected.clear();
            updateText();
            QMetaObject::invokeMethod(this, &KnowledgePicker::rebuildMenu, Qt::QueuedConnection);
            if (had)
                Q_EMIT changed(m_selected);
        });
    }
}

void KnowledgePicker::updateText()
{
    // short, and the names elided: the button sits in bars that must fit a small laptop screen
    if (m_selected.isEmpty()) {
        setText(tr("Knowledge"));
        setToolTip(tr("Answer from knowledge collections: the passages found for each question go with it, and the answer cites them."));
    } else {
        const QString names = m_selected.join(QStringLiteral(", "));
        setText(tr("Knowledge: %1").arg(fontMetrics().elidedText(names, Qt::ElideRight, 140)));
        setToolTip(tr("Each question is searched in %1 first; the answer cites the passages it was given.").arg(names));
    }
}

} // namespace sb::ui
