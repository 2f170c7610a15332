#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sb::ui {

// The fields of a network setting (providers/networkproxy.h): proxy, no-proxy list, CA file, timeouts and
// retries, and for a provider "allow self-signed". One form for the workspace's network section (the
// Settings dialog) and for a provider's own options.network (the Providers page).
class NetworkForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkForm)

public:
    // perProvider: the proxy may be "the workspace's", and self-signed certificates may be allowed.
    explicit NetworkForm(bool perProvider, QWidget *parent = nullptr);
    ~NetworkForm() override;

    void load(const QJsonObject &network);
    // The edited setting. A typed password is referred to as keychain:<passwordName> (the caller stores
    // typedPassword() there); an untouched one keeps the loaded reference.
    QJsonObject toJson(const QString &passwordName) const;
    QString typedPassword() const;
    void clearPassword();
    // What is wrong with the fields the workspace cannot check (the CA file); "" when nothing.
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();

    bool m_perProvider = false;
    QJsonObject m_loaded;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_noProxy = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_selfSigned = nullptr;
    QSpinBox *m_connect = nullptr;
    QSpinBox *m_firstToken = nullptr;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_retries = nullptr;
};

} // namespace sb::ui
