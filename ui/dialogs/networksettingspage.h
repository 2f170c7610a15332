#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace sb::ui {

class AppContext;
class NetworkForm;

// The Settings dialog's Network section: the workspace's global network setting (proxy, CA file,
// timeouts, retries), saved into the workspace; the proxy password goes to the keychain.
class NetworkSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsPage)

public:
    explicit NetworkSettingsPage(AppContext &context, QWidget *parent = nullptr);
    ~NetworkSettingsPage() override;

    // Validates and saves; false (with the reason shown on the page) when nothing was saved. A newly
    // typed proxy password goes to the keychain first, without blocking: apply() then answers false,
    // says so, and emits passwordStored() once the entry is written; applying again saves the rest.
    bool apply();
    bool isStoringPassword() const { return m_storing; }
    QString status() const;
    NetworkForm *form() const { return m_form; }

    static QString passwordName() { return QStringLiteral("network-proxy"); }

Q_SIGNALS:
    void passwordStored();

private:
    void fail(const QString &message);

    AppContext &m_context;
    NetworkForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QJsonObject m_shown; // the setting as the form showed it when opened or last saved
    bool m_storing = false; // the keychain write of a typed password runs
    QString m_stored; // the typed password the keychain holds now (not written again)
};

} // namespace sb::ui
