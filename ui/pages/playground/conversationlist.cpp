#include "pages/playground/conversationlist.h"

#include "chat/conversationstore.h"
#include "logging.h"
#include "pages/playground/storequeue.h"
#include "prompts.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMetaRole = Qt::UserRole + 2; // "date · folder · #tag", a second, smaller line

// Conversation rows: the title, and under it when and where (folder, tags) in small grey text.
class ConversationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(s.height() + QFontMetrics(smallFont(option.font)).height() + 4);
        return s;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem top = option;
        initStyleOption(&top, index);
        const QString meta = index.data(kMetaRole).toString();
        const QFont small = smallFont(option.font);
        const int metaHeight = QFontMetrics(small).height();
        // the background and title as usual, the title in the upper part
        QStyleOptionViewItem titleOption = top;
        titleOption.rect.setBottom(option.rect.bottom() - metaHeight - 2);
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        QStyleOptionViewItem background = top;
        background.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        titleOption.backgroundBrush = Qt::NoBrush;
        titleOption.state &= ~QStyle::State_HasFocus;
        style->drawControl(QStyle::CE_ItemViewItem, &titleOption, painter, option.widget);
        painter->save();
        painter->setFont(small);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect metaRect(option.rect.left() + 4, option.rect.bottom() - metaHeight - 2, option.rect.width() - 8, metaHeight);
        painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(small).elidedText(meta, Qt::ElideRight, metaRect.width()));
        painter->restore();
    }

private:
    static QFont smallFont(QFont f)
    {
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
        return f;
    }
};

} // namespace

ConversationList::ConversationList(StoreQueue &queue, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_store(queue.store())
    , m_prompts(prompts)
{
    QWidget *panel = this;
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(8, 8, 4, 8);
    auto *top = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New chat"), panel);
    newButton->setObjectName(QStringLiteral("newConversation"));
    newButton->setToolTip(tr("New conversation (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &ConversationList::newRequested);
    top->addWidget(newButton, 1);
    v->addLayout(top);
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    v->addWidget(m_search);
    m_filter = new QComboBox(panel);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setAccessibleName(tr("Folder or tag"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ConversationList::reload);
    v->addWidget(m_filter);
    m_list = new QListWidget(panel);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT openRequested(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { Q_EMIT openRequested(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loadingList)
            return;
        const QString title = item->text().trimmed();
        if (auto r = rename(item->data(kIdRole).toLongLong(), title); !r)
            m_prompts.error(this, tr("Rename"), r.error().message);
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ConversationList::showContextMenu);
    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    del->setWhatsThis(tr("Delete the selected conversation"));
    connect(del, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            remove(item->data(kIdRole).toLongLong());
    });
    v->addWidget(m_list, 1);

    m_undoBar = new QFrame(panel);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto *u = new QHBoxLayout(m_undoBar);
    u->setContentsMargins(6, 2, 2, 2);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setWordWrap(true);
    auto *undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(QStringLiteral("undoDelete"));
    connect(undo, &QPushButton::clicked, this, &ConversationList::undoRemove);
    u->addWidget(m_undoLabel, 1);
    u->addWidget(undo);
    m_undoBar->hide();
    v->addWidget(m_undoBar);

    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoBar->hide();
        m_undoId = 0;
        purge();
    });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &ConversationList::reload);
    // what a previous session deleted and could no longer undo
    purge();
}

void ConversationList::purge()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - kUndoMs;
    m_queue.write(
        this, [before](chat::ConversationStore &store) { return store.purgeDeleted(before); },
        [](const Expected<int> &r) {
            if (!r)
                qCWarning(lcUi) << "cannot purge deleted conversations:" << r.error().message;
        });
}

void ConversationList::reloadFilters()
{
    const QString keep = m_filter->currentData().toString();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All conversations"), QString());
    if (auto folders = m_store.folders()) {
        for (const QString &f : *folders)
            m_filter->addItem(tr("Folder: %1").arg(f), QString(QStringLiteral("f:") + f));
    }
    if (auto tags = m_store.tags()) {
        for (const QString &t : *tags)
            m_filter->addItem(QString(QStringLiteral("#") + t), QString(QStringLiteral("t:") + t));
    }
    const int i = m_filter->findData(keep);
    m_filter->setCurrentIndex(i < 0 ? 0 : i);
}

void ConversationList::reload()
{
    const QString filter = m_filter->currentData().toString();
    const QString folder = filter.startsWith(QLatin1String("f:")) ? filter.mid(2) : QString();
    const QString tag = filter.startsWith(QLatin1String("t:")) ? filter.mid(2) : QString();
    auto list = m_store.list(m_search->text(), folder, tag);
    m_loadingList = true;
    m_list->clear();
    if (!list) {
        Q_EMIT statusMessage(tr("Conversations could not be read: %1").arg(list.error().message));
        m_loadingList = false;
        return;
    }
    for (const chat::ConversationSummary &c : *list) {
        const QString title = c.title.isEmpty() ? tr("New conversation") : c.title;
        QStringList meta;
        meta << QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedAt).toLocalTime(), QLocale::ShortFormat);
        if (!c.folder.isEmpty())
            meta << c.folder;
        for (const QString &t : c.tags)
            meta << QStringLiteral("#") + t;
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(kIdRole, c.id);
        item->setData(kMetaRole, meta.join(QStringLiteral(" · ")));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        QString tip = meta.join(QStringLiteral(" · "));
        if (!c.snippet.isEmpty())
            tip += QLatin1Char('\n') + c.snippet;
        item->setToolTip(tip);
        if (c.id == m_current)
            m_list->setCurrentItem(item);
    }
    m_loadingList = false;
}

QStringList ConversationList::titles() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void ConversationList::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer.stop();
    reload();
}

void ConversationList::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ConversationList::setCurrent(qint64 id)
{
    m_current = id;
    if (id == 0) {
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
}

qint64 ConversationList::firstId() const
{
    return m_list->count() > 0 ? m_list->item(0)->data(kIdRole).toLongLong() : 0;
}

Expected<void> ConversationList::rename(qint64 id, const QString &title)
{
    if (title.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, tr("A conversation needs a title."));
    m_queue.write(
        this, [id, title = title.trimmed()](chat::ConversationStore &store) { return store.rename(id, title); },
        [this](const Expected<void> &r) { changed(tr("Rename"), r); });
    return {};
}

Expected<void> ConversationList::setFolder(qint64 id, const QString &folder)
{
    m_queue.write(
        this, [id, folder = folder.trimmed()](chat::ConversationStore &store) { return store.setFolder(id, folder); },
        [this](const Expected<void> &r) { changed(tr("Move to folder"), r); });
    return {};
}

Expected<void> ConversationList::setTags(qint64 id, const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags) {
        QString s = t.trimmed();
        if (s.startsWith(QLatin1Char('#')))
            s.remove(0, 1);
        if (!s.isEmpty() && !clean.contains(s))
            clean << s;
    }
    m_queue.write(
        this, [id, clean](chat::ConversationStore &store) { return store.setTags(id, clean); },
        [this](const Expected<void> &r) { changed(tr("Tags"), r); });
    return {};
}

void ConversationList::remove(qint64 id)
{
    auto conv = m_store.conversation(id);
    if (!conv)
        return;
    Q_EMIT aboutToRemove(id);
    const QString title = conv->title.isEmpty() ? tr("New conversation") : conv->title;
    m_queue.write(
        this, [id](chat::ConversationStore &store) { return store.remove(id); },
        [this, id, title](const Expected<void> &r) {
            if (!r) {
                m_prompts.error(this, tr("Delete"), r.error().message);
                return;
            }
            m_undoId = id;
            m_undoLabel->setText(tr("Deleted “%1”.").arg(title));
            m_undoBar->show();
            m_undoTimer.start();
            Q_EMIT removed(id);
            reloadFilters();
            reload();
        });
}

void ConversationList::undoRemove()
{
    if (!m_undoId)
        return;
    const qint64 id = m_undoId;
    m_undoId = 0;
    m_undoTimer.stop();
    m_undoBar->hide();
    m_queue.write(
        this, [id](chat::ConversationStore &store) { return store.restore(id); },
        [this, id](const Expected<void> &r) {
            if (!r) {
                m_prompts.error(this, tr("Undo"), r.error().message);
                return;
            }
            reloadFilters();
            Q_EMIT restored(id);
        });
}

void ConversationList::changed(const QString &what, const Expected<void> &result)
{
    if (!result)
        m_prompts.error(this, what, result.error().message);
    reloadFilters();
    reload();
}

bool ConversationList::isUndoOffered() const
{
    return m_undoId != 0 && !m_undoBar->isHidden();
}

void ConversationList::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Rename"), this, [this, item] { m_list->editItem(item); });
    menu.addAction(tr("Move to folder…"), this, [this, id] {
        auto conv = m_store.conversation(id);
        bool ok = false;
        const QString folder = QInputDialog::getText(this, tr("Move to folder"), tr("Folder (empty: none)"), QLineEdit::Normal,
                                                     conv ? conv->folder : QString(), &ok);
        if (ok)
            (void)setFolder(id, folder);
    });
    menu.addAction(tr("Tags…"), this, [this, id] {
        auto conv = m_store.conversation(id);
        bool ok = false;
        const QString tags = QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas"), QLineEdit::Normal,
                                                   conv ? conv->tags.join(QStringLiteral(", ")) : QString(), &ok);
        if (ok)
            (void)setTags(id, tags.split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    menu.addSeparator();
    menu.addAction(tr("Export as Markdown…"), this, [this, id] { Q_EMIT exportRequested(id, true); });
    menu.addAction(tr("Export as JSON…"), this, [this, id] { Q_EMIT exportRequested(id, false); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id] { remove(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace sb::ui
