#pragma once

#include "storage/workspace.h"

#include <QDialog>
#include <QJsonArray>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sb::ui {

// Edits the workspace's quality canaries ("monitoring.canaries") as JSON, checked as it is typed
// against the workspace (its providers, routes and virtual models): each problem names its field, and
// Save stays off until there is none.
class CanaryEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanaryEditor)

public:
    CanaryEditor(const Workspace &workspace, QWidget *parent = nullptr);

    void setText(const QString &json);
    QString text() const;
    QStringList problems() const { return m_problems; }
    // The canaries as they are now (valid when problems() is empty).
    QJsonArray canaries() const { return m_canaries; }
    // The workspace with these canaries in its monitoring section.
    Workspace edited() const;

private:
    void check();

    Workspace m_workspace;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_problems;
    QJsonArray m_canaries;
};

} // namespace sb::ui
