#include "pages/comparepage.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/compare/comparepane.h"
#include "pages/compare/leaderboardpanel.h"
#include "pages/compare/tables.h"
#include "prompts.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
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

namespace {

bool isRunning(PaneState s)
{
    return s == PaneState::Waiting || s == PaneState::Streaming;
}

} // namespace

ComparePage::ComparePage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_store(std::make_shared<compare::CompareStore>(context.engine()->database()))
{
    router::Router &router = m_context.routerHost()->router();
    const QString workspace = m_context.workspace().name;
    m_session = std::make_unique<CompareSession>(router, m_store, workspace);
    m_runner = std::make_unique<compare::BatchRunner>(router, m_store, workspace);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildSidebar());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(buildLiveTab(), tr("Side by side"));
    m_tabs->addTab(buildBatchTab(), tr("Batch"));
    m_leaderboard = new LeaderboardPanel(m_store, this);
    connect(m_leaderboard, &LeaderboardPanel::failed, this, [this](const QString &message) { setStatus(message, true); });
    m_tabs->addTab(m_leaderboard, tr("Leaderboard"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    layout->addWidget(splitter);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &ComparePage::refreshPanes);

    connect(m_session.get(), &CompareSession::panesReset, this, &ComparePage::rebuildPanes);
    connect(m_session.get(), &CompareSession::paneText, this, [this](int pane, const QString &delta) {
        if (ComparePane *p = paneFor(pane))
            p->appendAnswer(delta);
    });
    connect(m_session.get(), &CompareSession::paneReasoning, this, [this](int pane, const QString &delta) {
        if (ComparePane *p = paneFor(pane))
            p->appendReasoning(delta);
    });
    connect(m_session.get(), &CompareSession::paneChanged, this, &ComparePage::refreshPane);
    connect(m_session.get(), &CompareSession::turnFinished, this, [this] {
        m_ticker->stop();
        refreshPanes();
        refreshVoteBar();
        refreshControls();
        reloadSaved();
        if (!m_session->canVote())
            setStatus(tr("All answers are in."));
        else
            setStatus(m_session->paneCount() == 2 ? tr("All answers are in. Which is better?") : tr("All answers are in. Which is best?"));
    });
    connect(m_session.get(), &CompareSession::revealedChanged, this, [this] {
        refreshPanes();
        refreshVoteBar();
        reloadLeaderboard();
        QStringList names;
        const QList<int> order = m_session->displayOrder();
        for (int position = 0; position < order.size(); ++position)
            names << tr("%1 = %2").arg(QChar(u'A' + char16_t(position))).arg(m_session->model(order.at(position)));
        setStatus(tr("Vote saved. %1").arg(names.join(QStringLiteral(", "))));
    });
    connect(m_session.get(), &CompareSession::storeError, this, [this](const QString &message) { setStatus(message, true); });

    connect(m_runner.get(), &compare::BatchRunner::resultReady, this, [this](int row, int model) {
        const int index = row * int(m_batchModels.size()) + model;
        const compare::BatchResult &r = m_runner->results().at(index);
        if (index < m_batchResults.size())
            m_batchResults[index] = r;
        updateBatchCell(r, model);
        updateBatchSummary();
    });
    connect(m_runner.get(), &compare::BatchRunner::progress, this, [this](int done, int total) {
        m_batchProgress->setRange(0, std::max(1, total));
        m_batchProgress->setValue(done);
        m_batchProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_runner.get(), &compare::BatchRunner::finished, this, [this](bool cancelled) {
        setBatchStatus(cancelled ? tr("Cancelled after %1 of %2 calls.").arg(m_runner->done()).arg(m_runner->total())
                                 : tr("Done: %1 calls.").arg(m_runner->done()));
        refreshControls();
        reloadSaved();
    });
    connect(m_runner.get(), &compare::BatchRunner::storeError, this, [this](const QString &message) { setBatchStatus(message, true); });

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
    rebuildPanes();
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

QWidget *ComparePage::buildLiveTab()
{
    auto *tab = new QWidget(this);
    auto *v = new QVBoxLayout(tab);
    m_system = new QLineEdit(tab);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setPlaceholderText(tr("System prompt, shared by every pane (optional)"));
    connect(m_system, &QLineEdit::textChanged, this, [this](const QString &text) { m_session->setSystemPrompt(text); });
    v->addWidget(m_system);

    m_paneArea = new QWidget(tab);
    m_paneGrid = new QGridLayout(m_paneArea);
    m_paneGrid->setContentsMargins(0, 0, 0, 0);
    m_paneGrid->setSpacing(6);
    v->addWidget(m_paneArea, 1);

    m_voteBar = new QWidget(tab);
    m_voteBar->setObjectName(QStringLiteral("voteBar"));
    auto *voteLayout = new QHBoxLayout(m_voteBar);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    m_voteLabel = new QLabel(tr("Your vote:"), m_voteBar);
    voteLayout->addWidget(m_voteLabel);
    voteLayout->addStretch(1);
    m_voteBar->hide();
    v->addWidget(m_voteBar);

    auto *composerRow = new QHBoxLayout;
    m_composer = new QPlainTextEdit(tab);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setPlaceholderText(tr("Prompt for every model. Ctrl+Enter sends, Esc stops all."));
    m_composer->setFixedHeight(80);
    composerRow->addWidget(m_composer, 1);
    auto *buttons = new QVBoxLayout;
    m_run = new QPushButton(tr("Send to all"), tab);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Ctrl+Enter"));
    m_run->setDefault(true);
    m_stopAll = new QPushButton(tr("Stop all"), tab);
    m_stopAll->setObjectName(QStringLiteral("stopAll"));
    m_stopAll->setToolTip(tr("Esc"));
    connect(m_run, &QPushButton::clicked, this, &ComparePage::run);
    connect(m_stopAll, &QPushButton::clicked, this, &ComparePage::stopAll);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stopAll);
    buttons->addStretch(1);
    composerRow->addLayout(buttons);
    v->addLayout(composerRow);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    return tab;
}

QWidget *ComparePage::buildBatchTab()
{
    auto *tab = new QWidget(this);
    auto *v = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open prompt set…"), tab);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFile(this, tr("Open prompt set"), tr("Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadBatchFile(path);
    });
    top->addWidget(open);
    m_concurrency = new QSpinBox(tab);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(4);
    auto *concurrencyLabel = new QLabel(tr("Calls at once"), tab);
    concurrencyLabel->setBuddy(m_concurrency);
    top->addStretch(1);
    m_batchRun = new QPushButton(tr("Run batch"), tab);
    m_batchRun->setObjectName(QStringLiteral("batchRun"));
    m_batchCancel = new QPushButton(tr("Cancel"), tab);
    m_batchCancel->setObjectName(QStringLiteral("batchCancel"));
    m_batchExport = new QPushButton(tr("Export CSV…"), tab);
    m_batchExport->setObjectName(QStringLiteral("batchExport"));
    connect(m_batchRun, &QPushButton::clicked, this, &ComparePage::runBatch);
    connect(m_batchCancel, &QPushButton::clicked, this, &ComparePage::cancelBatch);
    connect(m_batchExport, &QPushButton::clicked, this, &ComparePage::exportBatch);
    top->addWidget(m_batchRun);
    top->addWidget(m_batchCancel);
    v->addLayout(top);

    m_batchInput = new QPlainTextEdit(tab);
    m_batchInput->setObjectName(QStringLiteral("batchInput"));
    m_batchInput->setPlaceholderText(
        tr("Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); "
           "or JSONL, one object per line: {\"prompt\": \"...\", \"contains\": \"...\", \"schema\": {...}}"));
    m_batchInput->setFixedHeight(90);
    v->addWidget(m_batchInput);
    m_batchProgress = new QProgressBar(tab);
    m_batchProgress->setObjectName(QStringLiteral("batchProgress"));
    m_batchProgress->setRange(0, 1);
    m_batchProgress->setValue(0);
    m_batchProgress->setTextVisible(true);
    m_batchProgress->setFormat(QString());
    // Export sits beside the progress: in the top row the buttons needed 700 px in German
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(concurrencyLabel);
    progressRow->addWidget(m_concurrency);
    progressRow->addWidget(m_batchProgress, 1);
    progressRow->addWidget(m_batchExport);
    v->addLayout(progressRow);
    m_batchStatus = new QLabel(tab);
    m_batchStatus->setObjectName(QStringLiteral("batchStatus"));
    m_batchStatus->setWordWrap(true);
    v->addWidget(m_batchStatus);

    auto *split = new QSplitter(Qt::Vertical, tab);
    m_batchSummary = makeTable(split, QStringLiteral("batchSummary"),
                               {tr("Model"), tr("Pass rate"), tr("Passed"), tr("Errors"), tr("Mean latency"), tr("Cost")});
    m_batchSummary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_batchGrid = makeTable(split, QStringLiteral("batchGrid"), {tr("ID"), tr("Prompt")});
    m_batchSummary->setMaximumHeight(m_batchSummary->horizontalHeader()->sizeHint().height()
                                     + 6 * m_batchSummary->verticalHeader()->defaultSectionSize() + 4);
    split->addWidget(m_batchSummary);
    split->addWidget(m_batchGrid);
    connect(m_batchGrid, &QTableWidget::cellDoubleClicked, this, &ComparePage::showBatchAnswer);
    split->setStretchFactor(1, 3);
    split->setSizes({130, 400});
    v->addWidget(split, 1);
    return tab;
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
    const bool same = !m_panes.isEmpty() && chosen == m_session->comparison().models && m_blind->isChecked() == m_session->comparison().blind;
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
            m_session->setSystemPrompt(m_system->text());
            setStatus(notice, !notice.isEmpty());
        }
    } else {
        qDeleteAll(m_panes);
        m_panes.clear();
        setStatus(tr("Choose %1 to %2 models on the left.").arg(CompareSession::kMinPanes).arg(CompareSession::kMaxPanes));
    }
    refreshControls();
}

void ComparePage::rebuildPanes()
{
    qDeleteAll(m_panes);
    m_panes.clear();
    const QList<int> order = m_session->displayOrder();
    const int n = int(order.size());
    const int columns = n <= 3 ? std::max(1, n) : (n + 1) / 2;
    for (int position = 0; position < n; ++position) {
        auto *pane = new ComparePane(order.at(position), m_paneArea);
        connect(pane, &ComparePane::stopRequested, this, [this](int p) { m_session->stop(p); });
        m_paneGrid->addWidget(pane, position / columns, position % columns);
        m_panes << pane;
        pane->setTranscript(m_session->transcript(order.at(position)));
    }
    for (int c = 0; c < 3; ++c)
        m_paneGrid->setColumnStretch(c, c < columns ? 1 : 0);
    if (!m_session->comparison().systemPrompt.isEmpty() || m_session->turns() > 0) {
        const QSignalBlocker block(m_system);
        m_system->setText(m_session->comparison().systemPrompt);
    }
    refreshPanes();
    refreshVoteBar();
    refreshControls();
}

ComparePane *ComparePage::paneFor(int pane) const
{
    for (ComparePane *p : m_panes) {
        if (p->pane() == pane)
            return p;
    }
    return nullptr;
}

void ComparePage::refreshPane(int pane)
{
    ComparePane *p = paneFor(pane);
    if (!p)
        return;
    const PaneState state = m_session->state(pane);
    QString stateText;
    switch (state) {
    case PaneState::Idle: break;
    case PaneState::Waiting: stateText = tr("waiting…"); break;
    case PaneState::Streaming: stateText = tr("streaming…"); break;
    case PaneState::Done: stateText = tr("done"); break;
    case PaneState::Stopped: stateText = tr("stopped"); break;
    case PaneState::Failed: stateText = tr("failed"); break;
    }
    p->setTitle(m_session->label(pane));
    p->setState(stateText, isRunning(state));
    if (state == PaneState::Idle)
        p->setStats(AnswerStats{}, false, 0);
    else {
        const AnswerStats stats = m_session->answerStats(pane);
        const bool hidden = m_session->comparison().blind && !m_session->revealed();
        const QString by = !hidden && !isRunning(state) && !stats.provider.isEmpty() && stats.model != m_session->model(pane) ? stats.model
                                                                                                                              : QString();
        p->setStats(stats, !isRunning(state), m_runClock.isValid() ? m_runClock.elapsed() : 0, by);
        if (!isRunning(state))
            p->finishAnswer(stats.status);
    }
    // "Fastest" by total time alone hid a pane whose first token came much earlier: both are shown
    const int fastest = m_session->fastestPane();
    const int firstToken = m_session->firstTokenPane();
    const int cheapest = m_session->cheapestPane();
    for (ComparePane *other : std::as_const(m_panes))
        other->setBadges(other->pane() == fastest, other->pane() == firstToken && firstToken != fastest, other->pane() == cheapest);
}

void ComparePage::refreshPanes()
{
    for (int i = 0; i < m_session->paneCount(); ++i)
        refreshPane(i);
}

void ComparePage::refreshVoteBar()
{
    qDeleteAll(m_voteButtons);
    m_voteButtons.clear();
    const bool show = m_session->canVote();
    m_voteBar->setVisible(show);
    if (!show)
        return;
    auto *layout = qobject_cast<QHBoxLayout *>(m_voteBar->layout());
    auto add = [&](const QString &text, int best, compare::VoteOutcome outcome) {
        auto *b = new QPushButton(text, m_voteBar);
        connect(b, &QPushButton::clicked, this, [this, best, outcome] { vote(best, outcome); });
        layout->insertWidget(layout->count() - 1, b);
        m_voteButtons << b;
    };
    const QList<int> order = m_session->displayOrder();
    if (order.size() == 2) {
        add(tr("A is better"), -1, compare::VoteOutcome::AWins);
        add(tr("B is better"), -1, compare::VoteOutcome::BWins);
        add(tr("Tie"), -1, compare::VoteOutcome::Tie);
        add(tr("Both are bad"), -1, compare::VoteOutcome::BothBad);
        return;
    }
    for (int position = 0; position < order.size(); ++position)
        add(tr("%1 is best").arg(QChar(u'A' + char16_t(position))), order.at(position), compare::VoteOutcome::AWins);
    add(tr("Tie"), -1, compare::VoteOutcome::Tie);
    add(tr("All are bad"), -1, compare::VoteOutcome::BothBad);
}

void ComparePage::refreshControls()
{
    const bool running = m_session->isRunning();
    m_run->setEnabled(!running && m_session->paneCount() >= CompareSession::kMinPanes);
    m_stopAll->setEnabled(running);
    m_models->setEnabled(!running);
    m_blind->setEnabled(!running);
    const bool batchRunning = m_runner->isRunning();
    m_batchRun->setEnabled(!batchRunning);
    m_batchCancel->setEnabled(batchRunning);
    m_batchExport->setEnabled(
        !batchRunning && std::any_of(m_batchResults.begin(), m_batchResults.end(), [](const compare::BatchResult &r) { return !r.model.isEmpty(); }));
}

void ComparePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c03030;") : QString());
}

QString ComparePage::statusText() const
{
    return m_status->text();
}

void ComparePage::setBatchStatus(const QString &text, bool error)
{
    m_batchStatus->setText(text);
    m_batchStatus->setStyleSheet(error ? QStringLiteral("color: #c03030;") : QString());
}

QString ComparePage::batchStatus() const
{
    return m_batchStatus->text();
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
    m_system->setText(system);
}

void ComparePage::setPrompt(const QString &prompt)
{
    m_composer->setPlainText(prompt);
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
    m_session->setSystemPrompt(m_system->text());
    return true;
}

void ComparePage::run()
{
    if (m_tabs->currentIndex() == 1) {
        runBatch();
        return;
    }
    if (m_session->isRunning() || !ensureStarted())
        return;
    const QString prompt = m_composer->toPlainText();
    m_session->setSystemPrompt(m_system->text());
    if (auto ok = m_session->send(prompt); !ok) {
        setStatus(ok.error().message, true);
        return;
    }
    m_composer->clear();
    m_runClock.start();
    for (int i = 0; i < m_session->paneCount(); ++i) {
        if (ComparePane *p = paneFor(i)) {
            p->setTranscript(m_session->transcript(i));
            p->beginAnswer();
        }
    }
    m_ticker->start();
    reloadSaved();
    refreshPanes();
    refreshVoteBar();
    refreshControls();
    setStatus(tr("Sent to %n model(s).", nullptr, m_session->paneCount()));
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
    const QStringList chosen = chosenModels();
    if (chosen.size() >= CompareSession::kMinPanes) {
        if (auto ok = m_session->reset(chosen, m_blind->isChecked(), m_category->currentText().trimmed()); !ok)
            setStatus(ok.error().message, true);
    }
    m_composer->clear();
    m_composer->setFocus();
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
    if (c->kind == compare::Comparison::Kind::Batch) {
        if (m_runner->isRunning()) {
            setBatchStatus(tr("Cancel the running batch first."), true);
            return;
        }
        auto results = m_store->batchResults(id);
        if (!results) {
            m_prompts.error(this, tr("Compare"), results.error().message);
            return;
        }
        showBatch(c->models, {}, *results);
        setBatchStatus(
            tr("Batch \"%1\" from %2.").arg(c->title, QDateTime::fromMSecsSinceEpoch(c->createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
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
    {
        const QSignalBlocker block(m_system);
        m_system->setText(c->systemPrompt);
    }
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
    if (auto ok = m_store->remove(id); !ok) {
        m_prompts.error(this, tr("Compare"), ok.error().message);
        return;
    }
    if (id == m_session->comparisonId())
        newComparison();
    reloadSaved();
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
                             .arg(QDateTime::fromMSecsSinceEpoch(s.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
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
    if (auto ok = m_session->vote(best, outcome); !ok) {
        setStatus(ok.error().message, true);
        return;
    }
    reloadSaved();
    reloadLeaderboard();
}

bool ComparePage::voteBarVisible() const
{
    return !m_voteBar->isHidden();
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
// Batch

void ComparePage::setBatchText(const QString &text)
{
    m_batchInput->setPlainText(text);
}

void ComparePage::setBatchConcurrency(int n)
{
    m_concurrency->setValue(n);
}

void ComparePage::loadBatchFile(const QString &path)
{
    auto rows = compare::PromptSet::load(path);
    if (!rows) {
        setBatchStatus(rows.error().message, true);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setBatchStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return;
    }
    m_batchInput->setPlainText(QString::fromUtf8(f.readAll()));
    setBatchStatus(tr("%n prompt(s) from %1.", nullptr, int(rows->size())).arg(QDir::toNativeSeparators(path)));
}

void ComparePage::runBatch()
{
    if (m_runner->isRunning())
        return;
    auto rows = compare::PromptSet::parseText(m_batchInput->toPlainText());
    if (!rows) {
        setBatchStatus(rows.error().message, true);
        return;
    }
    const QStringList models = chosenModels();
    if (models.isEmpty()) {
        setBatchStatus(tr("Choose the models on the left first."), true);
        return;
    }
    compare::BatchOptions options;
    options.models = models;
    options.systemPrompt = m_system->text();
    options.concurrency = m_concurrency->value();
    options.category = m_category->currentText().trimmed();
    showBatch(models, *rows, {});
    auto id = m_runner->start(*rows, options);
    if (!id) {
        setBatchStatus(id.error().message, true);
        return;
    }
    setBatchStatus(
        tr("Running %n prompt(s) against %1 models, %2 at a time…", nullptr, int(rows->size())).arg(models.size()).arg(options.concurrency));
    refreshControls();
}

void ComparePage::cancelBatch()
{
    m_runner->cancel();
}

void ComparePage::showBatch(const QStringList &models, const QList<compare::PromptRow> &rows, const QList<compare::BatchResult> &results)
{
    m_batchModels = models;
    int rowCount = int(rows.size());
    for (const compare::BatchResult &r : results)
        rowCount = std::max(rowCount, r.row + 1);
    m_batchResults = QList<compare::BatchResult>(qsizetype(rowCount) * models.size());
    QStringList headers{tr("ID"), tr("Prompt")};
    headers << models;
    m_batchGrid->clear();
    m_batchGrid->setColumnCount(int(headers.size()));
    m_batchGrid->setHorizontalHeaderLabels(headers);
    m_batchGrid->setRowCount(rowCount);
    for (int r = 0; r < rows.size(); ++r) {
        m_batchGrid->setItem(r, 0, cell(rows.at(r).id));
        m_batchGrid->setItem(r, 1, cell(rows.at(r).prompt.simplified().left(80)));
        m_batchGrid->item(r, 1)->setToolTip(rows.at(r).prompt);
        for (int m = 0; m < models.size(); ++m)
            m_batchGrid->setItem(r, 2 + m, cell(QStringLiteral("…")));
    }
    for (const compare::BatchResult &r : results) {
        const int m = int(models.indexOf(r.model));
        if (m < 0)
            continue;
        m_batchResults[qsizetype(r.row) * models.size() + m] = r;
        if (!m_batchGrid->item(r.row, 0)) {
            m_batchGrid->setItem(r.row, 0, cell(r.rowId));
            m_batchGrid->setItem(r.row, 1, cell(r.prompt.simplified().left(80)));
            m_batchGrid->item(r.row, 1)->setToolTip(r.prompt);
        }
        updateBatchCell(r, m);
    }
    m_batchGrid->setColumnWidth(0, 60);
    m_batchGrid->setColumnWidth(1, 260);
    for (int m = 0; m < models.size(); ++m)
        m_batchGrid->setColumnWidth(2 + m, 150);
    m_batchProgress->setRange(0, std::max(1, int(m_batchResults.size())));
    m_batchProgress->setValue(int(std::count_if(results.begin(), results.end(), [](const compare::BatchResult &r) { return !r.model.isEmpty(); })));
    m_batchProgress->setFormat(tr("%1 of %2").arg(m_batchProgress->value()).arg(m_batchResults.size()));
    updateBatchSummary();
    refreshControls();
}

void ComparePage::updateBatchCell(const compare::BatchResult &r, int modelIndex)
{
    QString text;
    QColor background;
    const QString latency = r.stats.latencyMs ? formatMs(*r.stats.latencyMs) : QString();
    if (r.stats.status == AnswerStats::Status::Stopped) {
        text = tr("cancelled");
    } else if (r.stats.status == AnswerStats::Status::Error) {
        text = tr("✗ error");
        background = ThemeManager::failBackground();
    } else if (r.passed) {
        text = (*r.passed ? tr("✓ pass") : tr("✗ fail")) + QStringLiteral(" · ") + latency;
        background = *r.passed ? ThemeManager::passBackground() : ThemeManager::failBackground();
    } else {
        text = tr("answered · %1").arg(latency);
    }
    auto *item = cell(text);
    if (background.isValid()) {
        item->setBackground(background);
        item->setForeground(ThemeManager::onStatusBackground());
    }
    QString tip = r.output.left(2000);
    if (!r.checkDetail.isEmpty())
        tip += QStringLiteral("\n\n") + tr("Checks: %1").arg(r.checkDetail);
    if (!r.stats.error.isEmpty())
        tip += QStringLiteral("\n\n") + r.stats.error;
    item->setToolTip(tip.trimmed());
    // the whole answer for a double-click (the tooltip shows the first 2,000 characters)
    QString full = r.output;
    if (!r.checkDetail.isEmpty())
        full += QStringLiteral("\n\n") + tr("Checks: %1").arg(r.checkDetail);
    if (!r.stats.error.isEmpty())
        full += QStringLiteral("\n\n") + r.stats.error;
    item->setData(Qt::UserRole, full.trimmed());
    m_batchGrid->setItem(r.row, 2 + modelIndex, item);
}

void ComparePage::showBatchAnswer(int row, int column)
{
    QTableWidgetItem *item = m_batchGrid->item(row, column);
    if (column < 2 || !item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("batchAnswer"));
    const QString prompt = m_batchGrid->item(row, 1) ? m_batchGrid->item(row, 1)->text() : QString();
    dialog.setWindowTitle(tr("%1: %2").arg(m_batchGrid->horizontalHeaderItem(column)->text(), prompt.left(60)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("batchAnswerText"));
    text->setReadOnly(true);
    text->setPlainText(item->data(Qt::UserRole).toString());
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

void ComparePage::updateBatchSummary()
{
    const QList<compare::ModelSummary> summary = compare::summarize(m_batchResults, m_batchModels);
    m_batchSummary->setRowCount(0);
    for (const compare::ModelSummary &s : summary) {
        const int row = m_batchSummary->rowCount();
        m_batchSummary->insertRow(row);
        m_batchSummary->setItem(row, 0, cell(s.model));
        m_batchSummary->setItem(row, 1, cell(s.passRate() ? QStringLiteral("%1%").arg(*s.passRate() * 100, 0, 'f', 0) : tr("no checks")));
        m_batchSummary->setItem(row, 2, cell(tr("%1 of %2").arg(s.passed).arg(s.checked)));
        m_batchSummary->setItem(row, 3, cell(QString::number(s.errors)));
        m_batchSummary->setItem(row, 4, cell(s.answered ? formatMs(qint64(s.meanLatencyMs)) : QStringLiteral("–")));
        m_batchSummary->setItem(row, 5,
                                cell(s.unpriced == 0 ? formatCost(s.totalCostUsd)
                                         : s.unpriced == s.rows
                                         ? formatCost(0, false)
                                         : tr("%1 + %n without a price", nullptr, s.unpriced).arg(formatCost(s.totalCostUsd))));
    }
}

void ComparePage::exportBatch()
{
    const QString path = m_prompts.saveFile(this, tr("Export results"), QStringLiteral("comparison.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_prompts.error(this, tr("Export results"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    f.write(compare::resultsToCsv(m_batchResults).toUtf8());
    if (!f.commit()) {
        m_prompts.error(this, tr("Export results"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    setBatchStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

int ComparePage::batchGridRows() const
{
    return m_batchGrid->rowCount();
}

QString ComparePage::batchGridCell(int row, int column) const
{
    const QTableWidgetItem *item = m_batchGrid->item(row, column);
    return item ? item->text() : QString();
}

QString ComparePage::batchSummaryCell(int row, int column) const
{
    const QTableWidgetItem *item = m_batchSummary->item(row, column);
    return item ? item->text() : QString();
}

} // namespace sb::ui
