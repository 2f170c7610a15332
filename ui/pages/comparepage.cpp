#include "pages/comparepage.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/compare/batchpanel.h"
#include "pages/compare/comparepane.h"
#include "pages/compare/leaderboardpanel.h"
#include "pages/compare/livepanel.h"
#include "pages/compare/tables.h"
#include "pages/playground/composer.h"
#include "prompts.h"
#include "theme.h"
#include "widgets/knowledgepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::ui {

using compare::AnswerStats;
using compare::CompareSession;
using PaneState = compare::CompareSession::PaneState;

using comparetables::cell;
using comparetables::makeTable;

ComparePage::ComparePage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_store(std::make_shared<compare::CompareStore>(context.engine()->database()))
{
    router::Router &router = m_context.routerHost()->router();
    const QString workspace = m_context.workspace().name;
    m_builder = std::make_unique<knowledge::ContextBuilder>(&router, context.engine()->database());
    m_session = std::make_unique<CompareSession>(router, m_store, workspace);
    m_runner = std::make_unique<compare::BatchRunner>(router, m_store, workspace);
    m_runner->setContextBuilder(m_builder.get());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildSidebar());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_live = new LivePanel(*m_session, this);
    connect(m_live, &LivePanel::runRequested, this, &ComparePage::run);
    connect(m_live, &LivePanel::stopAllRequested, this, &ComparePage::stopAll);
    connect(m_live, &LivePanel::attachRequested, this, [this] {
        const QString path = m_prompts.openFile(this, tr("Attach a PDF"), tr("PDF documents (*.pdf);;All files (*)"));
        if (!path.isEmpty())
            (void)attachFile(path);
    });
    connect(m_live, &LivePanel::systemPromptEdited, this, [this](const QString &text) { m_session->setSystemPrompt(text); });
    connect(m_live, &LivePanel::voteRequested, this, &ComparePage::vote);
    m_tabs->addTab(m_live, tr("Side by side"));
    m_batch = new BatchPanel(*m_runner, m_prompts, this);
    m_batch->setOptionsSource([this] {
        compare::BatchOptions options;
        options.models = chosenModels();
        options.systemPrompt = m_live->systemPrompt();
        options.category = m_category->currentText().trimmed();
        options.knowledge = m_knowledge->selected();
        return options;
    });
    connect(m_batch, &BatchPanel::finished, this, &ComparePage::reloadSaved);
    m_tabs->addTab(m_batch, tr("Batch"));
    m_leaderboard = new LeaderboardPanel(m_store, this);
    connect(m_leaderboard, &LeaderboardPanel::failed, this, [this](const QString &message) { setStatus(message, true); });
    m_tabs->addTab(m_leaderboard, tr("Leaderboard"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    layout->addWidget(splitter);

    connect(m_session.get(), &CompareSession::panesReset, this, &ComparePage::refreshControls);
    connect(m_session.get(), &CompareSession::turnFinished, this, [this] {
        m_live->finishTurn();
        refreshControls();
        reloadSaved();
        if (!m_session->canVote())
            setStatus(tr("All answers are in."));
        else
            setStatus(m_session->paneCount() == 2 ? tr("All answers are in. Which is better?") : tr("All answers are in. Which is best?"));
    });
    connect(m_session.get(), &CompareSession::revealedChanged, this, [this] {
        m_live->refreshPanes();
        m_live->refreshVoteBar();
        QStringList names;
        const QList<int> order = m_session->displayOrder();
        for (int position = 0; position < order.size(); ++position)
            names << tr("%1 = %2").arg(QChar(u'A' + char16_t(position))).arg(m_session->model(order.at(position)));
        setStatus(tr("Vote saved. %1").arg(names.join(QStringLiteral(", "))));
    });
    // a comparison created, a turn or a vote stored: the saved list and the leaderboard show it
    connect(m_session.get(), &CompareSession::stored, this, [this] {
        reloadSaved();
        reloadLeaderboard();
    });
    connect(m_session.get(), &CompareSession::storeError, this, [this](const QString &message) { setStatus(message, true); });
    connect(m_session.get(), &CompareSession::contextReady, this, [this] {
        const knowledge::Context &k = m_session->turnContext();
        for (ComparePane *p : m_live->panes())
            p->setSources(k);
        setStatus(k.isEmpty() ? tr("Nothing in %1 matched: the models answer without sources.").arg(k.collections.join(QStringLiteral(", ")))
                              : tr("Every model gets the same %n passage(s) from %1.", nullptr, int(k.passages.size()))
                                    .arg(k.collections.join(QStringLiteral(", "))));
    });

    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &ComparePage::run, Qt::WidgetWithChildrenShortcut);
    auto *runKey2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &ComparePage::run, Qt::WidgetWithChildrenShortcut);
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ComparePage::stopAll, Qt::WidgetWithChildrenShortcut);
    runKey->setWhatsThis(tr("Send the prompt to every model"));
    runKey2->setWhatsThis(QString()); // the keypad's Enter: the same, listed once
    stopKey->setWhatsThis(tr("Stop every answer"));

    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        // comparisons, votes and the leaderboard are filed under the workspace's name
        m_session->setWorkspace(m_context.workspace().name);
        m_runner->setWorkspace(m_context.workspace().name);
        reloadModels();
        reloadSaved();
        reloadLeaderboard();
    });
    reloadModels();
    reloadSaved();
    reloadLeaderboard();
    m_live->rebuildPanes();
    refreshControls();
}

ComparePage::~ComparePage()
{
    m_session->disconnect(this);
    m_runner->disconnect(this);
}

QWidget *ComparePage::buildSidebar()
{
    auto *side = new QWidget(this);
    auto *v = new QVBoxLayout(side);
    v->setContentsMargins(0, 0, 8, 0);
    auto *modelsLabel = new QLabel(tr("Models (2 to 6)"), side);
    QFont bold = modelsLabel->font();
    bold.setBold(true);
    modelsLabel->setFont(bold);
    v->addWidget(modelsLabel);
    m_modelFilter = new QLineEdit(side);
    m_modelFilter->setObjectName(QStringLiteral("modelFilter"));
    m_modelFilter->setPlaceholderText(tr("Filter models"));
    m_modelFilter->setClearButtonEnabled(true);
    connect(m_modelFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_models->count(); ++i)
            m_models->item(i)->setHidden(!text.isEmpty() && !m_models->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    v->addWidget(m_modelFilter);
    m_models = new QListWidget(side);
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setAccessibleName(tr("Models to compare"));
    connect(m_models, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_editingModels && item->checkState() == Qt::Checked && chosenModels().size() > CompareSession::kMaxPanes) {
            m_editingModels = true;
            item->setCheckState(Qt::Unchecked); // the one just ticked is the one too many
            m_editingModels = false;
            setStatus(tr("At most %1 models side by side.").arg(CompareSession::kMaxPanes), true);
            return;
        }
        onModelsEdited();
    });
    v->addWidget(m_models, 2);
    m_customModel = new QLineEdit(side);
    m_customModel->setObjectName(QStringLiteral("customModel"));
    m_customModel->setPlaceholderText(tr("Other model (PROVIDER/MODEL), Enter adds"));
    connect(m_customModel, &QLineEdit::returnPressed, this, [this] {
        const QString name = m_customModel->text().trimmed();
        if (name.isEmpty())
            return;
        QStringList chosen = chosenModels();
        if (!chosen.contains(name))
            chosen << name;
        setChosenModels(chosen);
        m_customModel->clear();
    });
    v->addWidget(m_customModel);

    m_blind = new QCheckBox(tr("&Blind vote"), side);
    m_blind->setToolTip(tr("Hide and shuffle the model names until you have voted for the best answer"));
    m_blind->setObjectName(QStringLiteral("blind"));
    connect(m_blind, &QCheckBox::toggled, this, [this] { onModelsEdited(); });
    v->addWidget(m_blind);
    auto *form = new QFormLayout;
    m_category = new QComboBox(side);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setToolTip(tr("A tag for the leaderboard, such as code or writing"));
    connect(m_category, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_session->isRunning())
            m_session->setCategory(text.trimmed());
    });
    form->addRow(tr("Category"), m_category);
    m_knowledge = new KnowledgePicker(m_context.engine()->database(), side);
    m_knowledge->setToolTip(tr("Each prompt is searched once in these collections and every model gets the same passages."));
    form->addRow(m_knowledge); // its text names it: "Knowledge: handbook"
    v->addLayout(form);

    auto *savedLabel = new QLabel(tr("Saved comparisons"), side);
    savedLabel->setFont(bold);
    v->addWidget(savedLabel);
    m_saved = new QListWidget(side);
    m_saved->setObjectName(QStringLiteral("savedComparisons"));
    connect(m_saved, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openComparison(item->data(Qt::UserRole).toLongLong()); });
    v->addWidget(m_saved, 1);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New"), side);
    auto *openButton = new QPushButton(tr("Open"), side);
    auto *deleteButton = new QPushButton(tr("Delete"), side);
    connect(newButton, &QPushButton::clicked, this, &ComparePage::newComparison);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_saved->currentItem())
            openComparison(item->data(Qt::UserRole).toLongLong());
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_saved->currentItem())
            deleteComparison(item->data(Qt::UserRole).toLongLong());
    });
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(deleteButton);
    v->addLayout(buttons);
    return side;
}

void ComparePage::reloadModels()
{
    const QStringList chosen = chosenModels();
    QStringList offered = m_context.routerHost()->router().offeredModels();
    for (const QString &c : chosen) {
        if (!offered.contains(c))
            offered << c;
    }
    m_editingModels = true;
    m_models->clear();
    for (const QString &m : offered) {
        auto *item = new QListWidgetItem(m, m_models);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(m) ? Qt::Checked : Qt::Unchecked);
    }
    m_editingModels = false;
}

QStringList ComparePage::availableModels() const
{
    QStringList out;
    for (int i = 0; i < m_models->count(); ++i)
        out << m_models->item(i)->text();
    return out;
}

QStringList ComparePage::chosenModels() const
{
    QStringList out;
    if (!m_models)
        return out;
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->checkState() == Qt::Checked)
            out << m_models->item(i)->text();
    }
    return out;
}

void ComparePage::setChosenModels(const QStringList &models)
{
    const bool nested = m_editingModels;
    m_editingModels = true;
    for (const QString &m : models) {
        if (m_models->findItems(m, Qt::MatchExactly).isEmpty()) {
            auto *item = new QListWidgetItem(m, m_models);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_models->count(); ++i)
        m_models->item(i)->setCheckState(models.contains(m_models->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_editingModels = nested;
    if (!nested)
        onModelsEdited();
}

void ComparePage::onModelsEdited()
{
    if (m_editingModels)
        return;
    QStringList chosen = chosenModels();
    QString notice;
    if (chosen.size() > CompareSession::kMaxPanes) {
        // more than fit (set all at once): keep the first ones in list order
        m_editingModels = true;
        for (int i = m_models->count() - 1; i >= 0 && chosenModels().size() > CompareSession::kMaxPanes; --i) {
            if (m_models->item(i)->checkState() == Qt::Checked)
                m_models->item(i)->setCheckState(Qt::Unchecked);
        }
        m_editingModels = false;
        chosen = chosenModels();
        notice = tr("At most %1 models side by side.").arg(CompareSession::kMaxPanes);
        setStatus(notice, true);
    }
    if (m_session->isRunning())
        return; // applies with the next comparison
    const bool same = !m_live->panes().isEmpty() && chosen == m_session->comparison().models && m_blind->isChecked() == m_session->comparison().blind;
    if (same)
        return;
    if (m_session->turns() > 0) {
        // answers on screen are not wiped by a click on Blind or a model: the next prompt starts anew
        setStatus(tr("The new choice applies to the next prompt; these answers stay until then."));
        return;
    }
    if (chosen.size() >= CompareSession::kMinPanes) {
        if (auto ok = m_session->reset(chosen, m_blind->isChecked(), m_category->currentText().trimmed()); !ok) {
            setStatus(ok.error().message, true);
        } else {
            m_session->setSystemPrompt(m_live->systemPrompt());
            setStatus(notice, !notice.isEmpty());
        }
    } else {
        m_live->clearPanes();
        setStatus(tr("Choose %1 to %2 models on the left.").arg(CompareSession::kMinPanes).arg(CompareSession::kMaxPanes));
    }
    refreshControls();
}

void ComparePage::refreshControls()
{
    const bool running = m_session->isRunning();
    m_live->refreshControls();
    m_models->setEnabled(!running);
    m_blind->setEnabled(!running);
    m_batch->refreshControls();
}

void ComparePage::setStatus(const QString &text, bool error)
{
    m_live->setStatus(text, error);
}

QString ComparePage::statusText() const
{
    return m_live->statusText();
}

QList<ComparePane *> ComparePage::panes() const
{
    return m_live->panes();
}

ComparePane *ComparePage::paneFor(int pane) const
{
    return m_live->paneFor(pane);
}

QString ComparePage::batchStatus() const
{
    return m_batch->status();
}

void ComparePage::setBlind(bool blind)
{
    m_blind->setChecked(blind);
}

void ComparePage::setCategory(const QString &category)
{
    m_category->setCurrentText(category);
}

void ComparePage::setSystemPrompt(const QString &system)
{
    m_live->setSystemPrompt(system);
    m_session->setSystemPrompt(system);
}

void ComparePage::setPrompt(const QString &prompt)
{
    m_live->setPrompt(prompt);
}

void ComparePage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool ComparePage::ensureStarted()
{
    const QStringList chosen = chosenModels();
    if (m_session->paneCount() >= CompareSession::kMinPanes && chosen == m_session->comparison().models
        && m_blind->isChecked() == m_session->comparison().blind)
        return true;
    if (auto ok = m_session->reset(chosen, m_blind->isChecked(), m_category->currentText().trimmed()); !ok) {
        setStatus(ok.error().message, true);
        return false;
    }
    m_session->setSystemPrompt(m_live->systemPrompt());
    return true;
}

void ComparePage::setCtrlEnterSends(bool on)
{
    m_live->setCtrlEnterSends(on);
}

void ComparePage::setDefaultModels(const QStringList &models)
{
    if (models == m_defaultModels)
        return; // Settings saved for another reason: the models picked by hand stay
    m_defaultModels = models;
    if (m_session->isRunning() || m_session->turns() > 0)
        return; // answers on screen keep their models
    const QStringList available = availableModels();
    QStringList chosen;
    for (const QString &m : models) {
        if (available.contains(m))
            chosen << m;
    }
    if (!chosen.isEmpty())
        setChosenModels(chosen);
}

void ComparePage::run()
{
    if (m_tabs->currentIndex() == 1) {
        runBatch();
        return;
    }
    if (m_session->isRunning() || !ensureStarted())
        return;
    m_session->setSystemPrompt(m_live->systemPrompt());
    m_session->setKnowledge(m_builder.get(), m_knowledge->selected());
    if (auto ok = m_session->send(m_live->prompt(), m_live->attachments()); !ok) {
        setStatus(ok.error().message, true);
        return;
    }
    m_live->beginTurn();
    if (!m_knowledge->selected().isEmpty()) {
        for (ComparePane *p : m_live->panes())
            p->setSearching(true);
    }
    refreshControls();
    setStatus(tr("Sent to %n model(s).", nullptr, m_session->paneCount()));
}

Expected<void> ComparePage::attachFile(const QString &path)
{
    auto part = Composer::readPdf(path);
    if (!part) {
        setStatus(part.error().message, true);
        return part.error();
    }
    m_live->addAttachment(*part);
    setStatus(QString());
    return {};
}

QStringList ComparePage::attachmentNames() const
{
    return m_live->attachmentNames();
}

void ComparePage::compareInput(const QString &origin, const QString &system, const QString &prompt, const QJsonObject &parameters,
                               const QStringList &models)
{
    if (m_session->isRunning() || m_runner->isRunning()) {
        setStatus(tr("Stop the comparison under way first, then compare %1 again.").arg(origin), true);
        return;
    }
    showTab(0);
    setChosenModels(models);
    newComparison();
    setSystemPrompt(system);
    setPrompt(prompt);
    m_session->setParameters(parameters);
    run();
    if (!m_session->isRunning())
        return; // run() said why
    QStringList shown;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        const QJsonValue v = it.value();
        shown << it.key() + QLatin1Char('=')
                + (v.isString()       ? v.toString()
                       : v.isDouble() ? QLocale().toString(v.toDouble())
                                      : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
    }
    setStatus(
        shown.isEmpty()
            ? tr("%1 sent to %n model(s).", nullptr, m_session->paneCount()).arg(origin)
            : tr("%1 sent to %n model(s) with its parameters: %2.", nullptr, m_session->paneCount()).arg(origin, shown.join(QStringLiteral(", "))));
}

void ComparePage::setKnowledge(const QStringList &collections)
{
    m_knowledge->setSelected(collections);
}

void ComparePage::stopAll()
{
    m_session->stopAll();
    if (m_runner->isRunning())
        m_runner->cancel();
}

void ComparePage::newComparison()
{
    if (m_session->isRunning())
        return;
    m_session->setParameters({}); // a step's parameters go with its comparison
    const QStringList chosen = chosenModels();
    if (chosen.size() >= CompareSession::kMinPanes) {
        if (auto ok = m_session->reset(chosen, m_blind->isChecked(), m_category->currentText().trimmed()); !ok)
            setStatus(ok.error().message, true);
    }
    m_live->clearPrompt();
    m_live->focusPrompt();
    setStatus(tr("New comparison."));
    showTab(0);
}

void ComparePage::openComparison(qint64 id)
{
    auto c = m_store->comparison(id);
    if (!c) {
        m_prompts.error(this, tr("Compare"), c.error().message);
        return;
    }
    m_session->setParameters({}); // those of a step compared before are not this one's
    if (c->kind == compare::Comparison::Kind::Batch) {
        if (m_runner->isRunning()) {
            m_batch->setStatus(tr("Cancel the running batch first."), true);
            return;
        }
        auto results = m_store->batchResults(id);
        if (!results) {
            m_prompts.error(this, tr("Compare"), results.error().message);
            return;
        }
        m_batch->show(c->models, {}, *results);
        const QString when = formatDateTime(QDateTime::fromMSecsSinceEpoch(c->createdAt));
        m_batch->setStatus(c->knowledge.isEmpty() ? tr("Batch \"%1\" from %2.").arg(c->title, when)
                                                  : tr("Batch \"%1\" from %2, answered from %3: double-click an answer for its sources.")
                                                        .arg(c->title, when, c->knowledge.join(QStringLiteral(", "))));
        showTab(1);
        return;
    }
    if (m_session->isRunning()) {
        setStatus(tr("Stop the running answers first."), true);
        return;
    }
    {
        const QSignalBlocker block(m_blind);
        m_blind->setChecked(c->blind);
    }
    {
        const QSignalBlocker block(m_category);
        m_category->setCurrentText(c->category);
    }
    m_live->setSystemPrompt(c->systemPrompt);
    m_knowledge->setSelected(c->knowledge); // follow-ups are searched in them again
    m_editingModels = true;
    setChosenModels(c->models); // guarded: no reset
    m_editingModels = false;
    if (auto ok = m_session->open(id); !ok) {
        m_prompts.error(this, tr("Compare"), ok.error().message);
        return;
    }
    setStatus(tr("Reopened \"%1\": follow-ups continue each pane's conversation.").arg(c->title));
    showTab(0);
}

void ComparePage::deleteComparison(qint64 id)
{
    if (!m_prompts.confirm(this, tr("Delete comparison"), tr("Delete this comparison and its answers? Its votes stay in the leaderboard.")))
        return;
    if (id == m_session->comparisonId() && m_session->isRunning())
        return;
    m_writes.run(
        this, [store = m_store, id] { return store->remove(id); },
        [this, id](const Expected<void> &ok) {
            if (!ok) {
                m_prompts.error(this, tr("Compare"), ok.error().message);
                return;
            }
            if (id == m_session->comparisonId())
                newComparison();
            reloadSaved();
        });
}

QList<qint64> ComparePage::savedComparisons() const
{
    QList<qint64> out;
    for (int i = 0; i < m_saved->count(); ++i)
        out << m_saved->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

void ComparePage::reloadSaved()
{
    auto list = m_store->list(m_context.workspace().name);
    m_saved->clear();
    if (!list) {
        setStatus(list.error().message, true);
        return;
    }
    for (const compare::ComparisonSummary &s : *list) {
        QString text = s.title.isEmpty() ? tr("(untitled)") : s.title;
        QStringList tags;
        if (s.kind == compare::Comparison::Kind::Batch)
            tags << tr("batch");
        if (s.blind)
            tags << (s.revealed ? tr("blind, voted") : tr("blind"));
        if (!tags.isEmpty())
            text += QStringLiteral(" (") + tags.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto *item = new QListWidgetItem(text, m_saved);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(tr("%1\n%n model(s): %2\n%3", nullptr, int(s.models.size()))
                             .arg(s.title)
                             .arg(s.blind && !s.revealed ? tr("hidden until the vote") : s.models.join(QStringLiteral(", ")))
                             .arg(formatDateTime(QDateTime::fromMSecsSinceEpoch(s.updatedAt))));
    }
    // categories for the composer and the leaderboard
    auto categories = m_store->categories(m_context.workspace().name);
    if (categories) {
        const QString current = m_category->currentText();
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(QString());
        m_category->addItems(*categories);
        m_category->setCurrentText(current);
        m_leaderboard->setCategories(*categories);
    }
}

void ComparePage::vote(int best, compare::VoteOutcome outcome)
{
    if (auto ok = m_session->vote(best, outcome); !ok)
        setStatus(ok.error().message, true);
}

bool ComparePage::voteBarVisible() const
{
    return m_live->voteBarVisible();
}

void ComparePage::reloadLeaderboard()
{
    m_leaderboard->reload(m_context.workspace().name);
}

int ComparePage::leaderboardRows() const
{
    return m_leaderboard->rows();
}

QString ComparePage::leaderboardCell(int row, int column) const
{
    return m_leaderboard->cellText(row, column);
}

// ---------------------------------------------------------------------------------------------
// Batch (the panel's)

void ComparePage::setBatchText(const QString &text)
{
    m_batch->setText(text);
}

void ComparePage::setBatchConcurrency(int n)
{
    m_batch->setConcurrency(n);
}

void ComparePage::loadBatchFile(const QString &path)
{
    m_batch->loadFile(path);
}

void ComparePage::runBatch()
{
    m_batch->run();
    refreshControls();
}

void ComparePage::cancelBatch()
{
    m_batch->cancel();
}

void ComparePage::exportBatch()
{
    m_batch->exportCsv();
}

int ComparePage::batchGridRows() const
{
    return m_batch->gridRows();
}

QString ComparePage::batchGridCell(int row, int column) const
{
    return m_batch->gridCell(row, column);
}

QString ComparePage::batchSummaryCell(int row, int column) const
{
    return m_batch->summaryCell(row, column);
}

} // namespace sb::ui
