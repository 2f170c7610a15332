#include "networkform.h"

#include "providers/networkproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sb::ui {

namespace {

bool isExplicitMode(const QString &mode)
{
    return mode == QLatin1String("http") || mode == QLatin1String("https") || mode == QLatin1String("socks5");
}

} // namespace

NetworkForm::NetworkForm(bool perProvider, QWidget *parent)
    : QWidget(parent)
    , m_perProvider(perProvider)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("networkMode"));
    if (perProvider)
        m_mode->addItem(tr("As in Settings (Network)"), QString());
    m_mode->addItem(tr("System proxy"), QStringLiteral("system"));
    m_mode->addItem(tr("No proxy"), QStringLiteral("none"));
    m_mode->addItem(tr("HTTP proxy"), QStringLiteral("http"));
    m_mode->addItem(tr("HTTPS proxy"), QStringLiteral("https"));
    m_mode->addItem(tr("SOCKS5 proxy"), QStringLiteral("socks5"));
    form->addRow(tr("&Proxy:"), m_mode);

    auto *serverRow = new QHBoxLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("networkHost"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("networkPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(new QLabel(tr("Port:"), this));
    serverRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, serverRow);

    auto *loginRow = new QHBoxLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("networkUser"));
    m_user->setPlaceholderText(tr("optional"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("networkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    loginRow->addWidget(m_user, 1);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    loginRow->addWidget(passwordLabel);
    loginRow->addWidget(m_password, 1);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, loginRow);

    m_noProxy = new QLineEdit(this);
    m_noProxy->setObjectName(QStringLiteral("networkNoProxy"));
    m_noProxy->setPlaceholderText(QStringLiteral("localhost, *.internal, 10.0.0.5"));
    m_noProxy->setToolTip(tr("Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all."));
    form->addRow(tr("&Without proxy:"), m_noProxy);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("networkCaFile"));
    m_caFile->setPlaceholderText(tr("PEM file with extra CA certificates (optional)"));
    m_caFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(QDir::toNativeSeparators(file));
            Q_EMIT edited();
        }
    });
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("&CA certificates:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    if (perProvider) {
        m_selfSigned = new QCheckBox(tr("Accept this provider's &self-signed certificate (in-house gateways)"), this);
        m_selfSigned->setObjectName(QStringLiteral("networkSelfSigned"));
        form->addRow(QString(), m_selfSigned);
        connect(m_selfSigned, &QCheckBox::toggled, this, &NetworkForm::edited);
    }

    auto seconds = [this](const char *name) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(0, 3600);
        s->setSpecialValueText(tr("Default"));
        s->setSuffix(tr(" s"));
        s->setMinimumWidth(s->sizeHint().width()); // "Default" and "3600 s" whole, not clipped
        return s;
    };
    m_connect = seconds("networkConnectTimeout");
    m_connect->setToolTip(tr("Until the provider answers (default 15 s)"));
    m_firstToken = seconds("networkFirstTokenTimeout");
    m_firstToken->setToolTip(tr("From the answer's start until its first words (default 120 s)"));
    m_idle = seconds("networkIdleTimeout");
    m_idle->setToolTip(tr("The longest pause in the middle of an answer (default 90 s)"));
    auto *timeoutRow = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("Connect:"), m_connect}, std::pair{tr("First token:"), m_firstToken}, std::pair{tr("Idle:"), m_idle}}) {
        auto *l = new QLabel(label, this);
        l->setMinimumWidth(l->sizeHint().width());
        l->setBuddy(box);
        timeoutRow->addWidget(l);
        timeoutRow->addWidget(box);
    }
    timeoutRow->addStretch();
    form->addRow(tr("Timeouts:"), timeoutRow);

    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("networkRetries"));
    m_retries->setRange(-1, 10);
    m_retries->setSpecialValueText(tr("Default"));
    m_retries->setToolTip(tr("Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; "
                             "a route's own setting wins)"));
    form->addRow(tr("R&etries:"), m_retries);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT edited();
    });
    for (QLineEdit *e : {m_host, m_user, m_password, m_noProxy, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &NetworkForm::edited);
    for (QSpinBox *s : {m_port, m_connect, m_firstToken, m_idle, m_retries})
        connect(s, &QSpinBox::valueChanged, this, &NetworkForm::edited);
    load({});
}

NetworkForm::~NetworkForm() = default;

void NetworkForm::load(const QJsonObject &network)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(this),         QSignalBlocker(m_mode), QSignalBlocker(m_port),   QSignalBlocker(m_connect),
                                       QSignalBlocker(m_firstToken), QSignalBlocker(m_idle), QSignalBlocker(m_retries)};
    m_loaded = network;
    const QString mode = network.value(QStringLiteral("mode")).toString(m_perProvider ? QString() : QStringLiteral("system"));
    const int index = m_mode->findData(mode);
    m_mode->setCurrentIndex(index < 0 ? 0 : index);
    m_host->setText(network.value(QStringLiteral("host")).toString());
    m_port->setValue(network.value(QStringLiteral("port")).toInt(3128));
    m_user->setText(network.value(QStringLiteral("user")).toString());
    m_password->clear();
    m_password->setPlaceholderText(network.value(QStringLiteral("password")).toString().isEmpty() ? tr("kept in the keychain")
                                                                                                  : tr("saved in the keychain; type to replace"));
    QStringList hosts;
    for (const QJsonValue &v : network.value(QStringLiteral("no_proxy")).toArray())
        hosts << v.toString();
    m_noProxy->setText(hosts.join(QStringLiteral(", ")));
    m_caFile->setText(QDir::toNativeSeparators(network.value(QStringLiteral("ca_file")).toString()));
    if (m_selfSigned) {
        const QSignalBlocker b(m_selfSigned);
        m_selfSigned->setChecked(network.value(QStringLiteral("allow_self_signed")).toBool());
    }
    const QJsonObject timeouts = network.value(QStringLiteral("timeouts")).toObject();
    m_connect->setValue(timeouts.value(QStringLiteral("connect")).toInt(0));
    m_firstToken->setValue(timeouts.value(QStringLiteral("first_token")).toInt(0));
    m_idle->setValue(timeouts.value(QStringLiteral("idle")).toInt(0));
    m_retries->setValue(network.value(QStringLiteral("retries")).toInt(-1));
    updateEnabled();
}

QJsonObject NetworkForm::toJson(const QString &passwordName) const
{
    QJsonObject json;
    const QString mode = m_mode->currentData().toString();
    if (!mode.isEmpty()) {
        json.insert(QStringLiteral("mode"), mode);
        if (isExplicitMode(mode)) {
            json.insert(QStringLiteral("host"), m_host->text().trimmed());
            json.insert(QStringLiteral("port"), m_port->value());
            const QString user = m_user->text().trimmed();
            if (!user.isEmpty()) {
                json.insert(QStringLiteral("user"), user);
                const QString kept = m_loaded.value(QStringLiteral("password")).toString();
                if (!m_password->text().isEmpty())
                    json.insert(QStringLiteral("password"), QString(QStringLiteral("keychain:") + passwordName));
                else if (!kept.isEmpty())
                    json.insert(QStringLiteral("password"), kept);
            }
        }
        QJsonArray hosts;
        for (const QString &h : m_noProxy->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!h.trimmed().isEmpty())
                hosts.append(h.trimmed());
        }
        if (!hosts.isEmpty())
            json.insert(QStringLiteral("no_proxy"), hosts);
    }
    providers::ConnectionSetting c;
    auto secondsOf = [](const QSpinBox *s) { return s->value() > 0 ? std::optional<int>(s->value()) : std::nullopt; };
    c.connectS = secondsOf(m_connect);
    c.firstTokenS = secondsOf(m_firstToken);
    c.idleS = secondsOf(m_idle);
    if (m_retries->value() >= 0)
        c.retries = m_retries->value();
    c.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    c.allowSelfSigned = m_selfSigned && m_selfSigned->isChecked();
    c.writeTo(json);
    return json;
}

QString NetworkForm::typedPassword() const
{
    return isExplicitMode(m_mode->currentData().toString()) && !m_user->text().trimmed().isEmpty() ? m_password->text() : QString();
}

void NetworkForm::clearPassword()
{
    m_password->clear();
}

QString NetworkForm::problem() const
{
    const QString ca = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (ca.isEmpty())
        return {};
    auto certs = providers::loadCaCertificates(ca);
    return certs ? QString() : certs.error().message;
}

void NetworkForm::updateEnabled()
{
    const bool server = isExplicitMode(m_mode->currentData().toString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password})
        w->setEnabled(server);
    m_noProxy->setEnabled(!m_mode->currentData().toString().isEmpty() && m_mode->currentData().toString() != QLatin1String("none"));
}

} // namespace sb::ui
