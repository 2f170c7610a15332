#pragma once

#include <QStringList>
#include <QToolButton>

#include <memory>

namespace sb {
class Database;
}

namespace sb::ui {

// Picks the knowledge collections an answer draws on, by name: a button ("Knowledge", or
// "Knowledge: handbook" with the names elided)
// whose menu lists the collections of the store with a check mark each. A picked name the store no
// longer has stays listed (marked missing) so it can be unticked. The list is read on a worker.
class KnowledgePicker final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgePicker)

public:
    KnowledgePicker(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~KnowledgePicker() override;

    QStringList selected() const { return m_selected; }
    // Without emitting changed() (a conversation or comparison being opened).
    void setSelected(const QStringList &names);
    // Ticks or unticks one, as a click in the menu does (emits changed()).
    void setChecked(const QString &name, bool checked);
    // The store's collections as last read (refresh() reads them again).
    QStringList available() const { return m_available; }
    void refresh();

Q_SIGNALS:
    void changed(const QStringList &selected);
    void refreshed();

private:
    void rebuildMenu();
    void updateText();

    std::shared_ptr<Database> m_database;
    QStringList m_available;
    QStringList m_selected;
    QString m_error; // why the list could not be read
};

} // namespace sb::ui
