#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

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
    // Turns the proxy on or off (not QWidget::setEnabled, which greys the page). The first time on, a
    // key is made first (the keychain answers asynchronously): then the proxy starts a moment later.
    void setProxyEnabled(bool on);
    bool isOn() const;
    QString statusText() const;
    // Creates a key for a tool: a random secret in the keychain, referenced from the workspace. `then`
    // gets the secret (shown once) or "" on failure (status says why), once the keychain answered.
    void addKey(const QString &name, const QStringList &allowedModels, std::function<void(const QString &secret)> then);
    // Removing the last key asks first: without keys any program on this machine can use the proxy.
    // Returns whether the key was removed.
    bool removeKey(const QString &name);
    // What a key may do: the models it may call (patterns such as openai/* or a virtual model; empty =
    // all), requests per minute (0 = no limit) and a monthly spend limit (a proxy_key budget; nullopt =
    // none). False, with the reason shown, when the workspace refuses it.
    bool editKey(const QString &name, const QStringList &allowedModels, int requestsPerMinute, std::optional<double> monthlyLimitUsd);
    std::optional<double> monthlyLimit(const QString &name) const;
    // The set-up for a tool with the selected key's secret in it (what Copy puts on the clipboard).
    QString snippet(const QString &tool) const;
    // Origins of web pages allowed to call the proxy, and other names of this machine, as typed
    // (separated by commas or spaces); false, with the reason shown, when one is not valid.
    bool setAllowedOrigins(const QString &text);
    bool setAllowedHosts(const QString &text);
    // The selected key's secret once read from the keychain ("" until then).
    QString selectedSecret() const;
    int logRows() const;
    // The model the set-ups name (picked on the page; the first the router offers by default).
    void setSnippetModel(const QString &model);

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override; // a new language: the texts with numbers and names

private:
    void switchProxy(bool on, const QString &madeKey); // after the key, if one was needed, exists
    void applyStatus(const proxy::ProxyStatus &status);
    void appendLog(const proxy::RequestLogEntry &entry);
    void refreshKeys();
    void refreshSnippet();
    QString snippetText(const QString &tool, const QString &key) const;
    void savePort();
    QString selectedKeyName() const;
    void loadSelectedSecret();
    void restartIfRunning();
    bool saveBrowserAccess(const QStringList &origins, const QStringList &hosts);
    void showKeyWarning();
    void loadHistory(); // the proxy's calls from the ledger, so the log survives a restart
    QString snippetKey() const; // the selected key as a snippet shows it: secret, $VAR or a placeholder

    AppContext &m_context;
    Prompts &m_prompts;
    proxy::ProxyServer &m_server;
    QCheckBox *m_toggle = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_network = nullptr;
    QTableWidget *m_keys = nullptr;
    QTableWidget *m_log = nullptr;
    QLineEdit *m_keyView = nullptr;
    QPushButton *m_showKey = nullptr;
    QLabel *m_keyWarning = nullptr;
    QLineEdit *m_origins = nullptr;
    QLineEdit *m_hosts = nullptr;
    QComboBox *m_tool = nullptr;
    QComboBox *m_snippetModel = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QString m_statusText;
    QHash<QString, QString> m_secrets; // key name -> secret read from the keychain this session (memory only)
    bool m_loading = false;
};

} // namespace sb::ui
