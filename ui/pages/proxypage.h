#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sb::proxy {
class ProxyServer;
struct RequestLogEntry;
struct ProxyStatus;
} // namespace sb::proxy

namespace sb::ui {

class AppContext;
class Prompts;

// The local proxy: on/off, address, keys for each tool, the live request log and copy-ready set-up
// snippets for the tools people point at it.
class ProxyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyPage)

public:
    ProxyPage(AppContext &context, Prompts &prompts, proxy::ProxyServer &server, QWidget *parent = nullptr);
    ~ProxyPage() override;

    // The same actions the controls trigger (tests, the tray menu).
    void setEnabled(bool on);
    bool isOn() const;
    QString statusText() const;
    // Creates a key for a tool: a random secret in the keychain, referenced from the workspace. Returns
    // the secret (shown once) or "" on failure (status says why).
    QString addKey(const QString &name, const QStringList &allowedModels = {});
    void removeKey(const QString &name);
    QString snippet(const QString &tool) const;
    int logRows() const;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void applyStatus(const proxy::ProxyStatus &status);
    void appendLog(const proxy::RequestLogEntry &entry);
    void refreshKeys();
    void refreshSnippet();
    void savePort();

    AppContext &m_context;
    Prompts &m_prompts;
    proxy::ProxyServer &m_server;
    QCheckBox *m_toggle = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_network = nullptr;
    QTableWidget *m_keys = nullptr;
    QTableWidget *m_log = nullptr;
    QComboBox *m_tool = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QString m_statusText;
    QString m_lastSecretForSnippet; // shown once, right after it was made
    bool m_loading = false;
};

} // namespace sb::ui
