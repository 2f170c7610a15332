#pragma once

#include "workflow/diff.h"
#include "workflow/versionstore.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace sb::ui {

// Every saved version of the workflow (workflow::VersionStore: number, when, where it was saved, why):
// restore one, or compare two step by step.
class WorkflowVersionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowVersionsPanel)

public:
    explicit WorkflowVersionsPanel(QWidget *parent = nullptr);
    ~WorkflowVersionsPanel() override;

    // newest first
    void setVersions(const QList<workflow::Version> &versions, const QString &error = {});
    QList<workflow::Version> versions() const { return m_versions; }
    QList<int> selectedVersions() const; // numbers, newest first
    void selectVersions(const QList<int> &numbers);
    QTableWidget *table() const { return m_table; }

    // What a version's "who" and "why" say, in the user's language.
    static QString savedByLabel(const QString &savedBy);
    static QString noteLabel(const QString &note);

Q_SIGNALS:
    void refreshRequested();
    void restoreRequested(int number);
    void compareRequested(int older, int newer);

private:
    void updateButtons();

    QList<workflow::Version> m_versions;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_compare = nullptr;
};

// What changed from one version to another (workflow::diffDefinitions): the workflow's own fields, each
// step added, removed or changed with the fields that differ, the edges added or removed.
class VersionDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDiffDialog)

public:
    VersionDiffDialog(const QString &workflow, int from, int to, const workflow::DefinitionDiff &diff, QWidget *parent = nullptr);
    ~VersionDiffDialog() override;

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace sb::ui
