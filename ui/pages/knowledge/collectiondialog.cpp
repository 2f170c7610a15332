#include "pages/knowledge/collectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

// An editable model picker: `none` (no model) first, then the models offered.
QComboBox *modelPicker(const QString &objectName, const QString &none, const QStringList &models, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(28);
    box->addItem(none, QString());
    for (const QString &m : models)
        box->addItem(m, m);
    return box;
}

void showModel(QComboBox *box, const QString &model)
{
    const int i = box->findData(model);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(model);
}

// The typed text wins; the first entry (or nothing) is no model.
QString pickedModel(const QComboBox *box)
{
    const QString model = box->currentText().trimmed();
    if (box->currentIndex() >= 0 && box->itemText(box->currentIndex()) == model)
        return box->currentData().toString();
    return model;
}

} // namespace

CollectionDialog::CollectionDialog(const knowledge::Collection &collection, const QStringList &embedModels, const QStringList &chatModels,
                                   bool editing, QWidget *parent)
    : QDialog(parent)
    , m_base(collection)
{
    setObjectName(QStringLiteral("collectionDialog"));
    setWindowTitle(editing ? tr("Collection settings") : tr("New collection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("collectionName"));
    m_name->setPlaceholderText(tr("handbook"));
    m_name->setReadOnly(editing);
    if (editing)
        m_name->setToolTip(tr("Conversations, virtual models and the proxy refer to the collection by its name."));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("collectionDescription"));
    m_description->setPlaceholderText(tr("What the collection holds"));
    form->addRow(tr("&Description:"), m_description);

    m_model = modelPicker(QStringLiteral("collectionEmbedModel"), tr("None (BM25 only)"), embedModels, this);
    m_model->setToolTip(tr("The model that embeds the passages for vector and hybrid search: one the providers offer, or type "
                           "PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only."));
    form->addRow(tr("&Embedding model:"), m_model);
    m_rerank = modelPicker(QStringLiteral("collectionRerankModel"), tr("Off"), chatModels, this);
    m_rerank->setToolTip(tr("A chat model that reorders the best passages by how well they answer the question, before models get "
                            "them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one "
                            "chat call."));
    form->addRow(tr("&Rerank model:"), m_rerank);
    m_rerankCandidates = new QSpinBox(this);
    m_rerankCandidates->setObjectName(QStringLiteral("collectionRerankCandidates"));
    m_rerankCandidates->setRange(2, 50);
    m_rerankCandidates->setSuffix(tr(" passages"));
    m_rerankCandidates->setToolTip(tr("How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them."));
    form->addRow(tr("Rerank the &best:"), m_rerankCandidates);

    m_tokens = new QSpinBox(this);
    m_tokens->setObjectName(QStringLiteral("collectionChunkTokens"));
    m_tokens->setRange(50, 8000);
    m_tokens->setSingleStep(50);
    m_tokens->setSuffix(tr(" tokens"));
    form->addRow(tr("&Passage size:"), m_tokens);
    m_overlap = new QSpinBox(this);
    m_overlap->setObjectName(QStringLiteral("collectionOverlap"));
    m_overlap->setRange(0, 7999);
    m_overlap->setSingleStep(10);
    m_overlap->setSuffix(tr(" tokens"));
    m_overlap->setToolTip(tr("Tokens repeated between neighbouring passages, so that a sentence cut in two is still found."));
    form->addRow(tr("&Overlap:"), m_overlap);
    m_ocr = new QLineEdit(this);
    m_ocr->setObjectName(QStringLiteral("collectionOcr"));
    m_ocr->setPlaceholderText(QStringLiteral("eng"));
    m_ocr->setToolTip(tr("The language of scanned pages and images, in Tesseract's codes joined by +: deu, eng+fra. "
                         "Each needs its language data (tesseract-ocr-deu)."));
    form->addRow(tr("OCR &language:"), m_ocr);
    m_include = new QLineEdit(this);
    m_include->setObjectName(QStringLiteral("collectionInclude"));
    m_include->setPlaceholderText(tr("every readable file, or e.g. *.md, *.pdf"));
    m_include->setToolTip(tr("Only files matching one of these globs are taken from a folder (separated by commas). "
                             "A glob with a slash matches the path below the folder."));
    form->addRow(tr("&Include:"), m_include);
    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("collectionExclude"));
    m_exclude->setPlaceholderText(tr("e.g. *.log, build/*"));
    m_exclude->setToolTip(tr("Files matching one of these globs are left out of a folder import."));
    form->addRow(tr("E&xclude:"), m_exclude);
    m_watch = new QCheckBox(tr("&Watch folders for changes"), this);
    m_watch->setObjectName(QStringLiteral("collectionWatch"));
    m_watch->setToolTip(tr("While the app runs, new, changed, deleted and renamed files in the collection's folders are imported "
                           "(after 1.5 s without further changes)."));
    form->addRow(QString(), m_watch);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("collectionHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setCollection(collection);
    connect(m_name, &QLineEdit::textChanged, this, &CollectionDialog::check);
    connect(m_tokens, &QSpinBox::valueChanged, this, &CollectionDialog::check);
    connect(m_overlap, &QSpinBox::valueChanged, this, &CollectionDialog::check);
    connect(m_model, &QComboBox::currentTextChanged, this, &CollectionDialog::check);
    connect(m_rerank, &QComboBox::currentTextChanged, this, &CollectionDialog::check);
    check();
}

CollectionDialog::~CollectionDialog() = default;

QStringList CollectionDialog::parseGlobs(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

void CollectionDialog::setCollection(const knowledge::Collection &c)
{
    m_name->setText(c.name);
    m_description->setText(c.description);
    // the model being changed to is what the collection is meant to use
    showModel(m_model, c.embedModelNext.isEmpty() ? c.embedModel : c.embedModelNext);
    showModel(m_rerank, c.rerankModel);
    m_rerankCandidates->setValue(c.rerankCandidates);
    m_tokens->setValue(c.chunkTokens);
    m_overlap->setValue(c.chunkOverlap);
    m_ocr->setText(c.ocrLanguage);
    m_include->setText(c.include.join(QStringLiteral(", ")));
    m_exclude->setText(c.exclude.join(QStringLiteral(", ")));
    m_watch->setChecked(c.watch);
}

knowledge::Collection CollectionDialog::collection() const
{
    knowledge::Collection c = m_base;
    c.name = m_name->text().trimmed();
    c.description = m_description->text().trimmed();
    c.embedModel = pickedModel(m_model);
    c.embedModelNext.clear();
    c.rerankModel = pickedModel(m_rerank);
    c.rerankCandidates = m_rerankCandidates->value();
    c.chunkTokens = m_tokens->value();
    c.chunkOverlap = m_overlap->value();
    c.ocrLanguage = m_ocr->text().trimmed();
    c.include = parseGlobs(m_include->text());
    c.exclude = parseGlobs(m_exclude->text());
    c.watch = m_watch->isChecked();
    return c;
}

void CollectionDialog::check()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the collection a name.");
    else if (m_overlap->value() >= m_tokens->value())
        problem = tr("The overlap must be smaller than the passage size.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    const knowledge::Collection c = collection();
    m_rerankCandidates->setEnabled(!c.rerankModel.isEmpty());
    if (!problem.isEmpty())
        m_hint->setText(problem);
    else if (c.embedModel.isEmpty() && c.rerankModel.isEmpty())
        m_hint->setText(tr("Without an embedding model the collection is searched by keywords (BM25) only."));
    else if (c.rerankModel.isEmpty())
        m_hint->setText(tr("Passages are embedded through the router (source: knowledge), so the calls count against your budgets."));
    else
        m_hint->setText(tr("Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets."));
}

} // namespace sb::ui
