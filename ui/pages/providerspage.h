#pragma once

#include "storage/workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace sb::providers {
class JsonCall;
class ProviderClient;
} // namespace sb::providers

namespace sb::ui {

class AppContext;
class NetworkForm;
class Prompts;

// Add, edit and remove providers; keys go to the keychain; test the connection and choose models.
class ProvidersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    // For tests and keyboard users: the same actions the buttons trigger.
    void addProvider(const QString &presetId);
    void selectProvider(const QString &id);
    QString selectedProvider() const;
    void save();
    void removeSelected();
    void testConnection();
    void fetchModels();
    // The last status line shown under the editor ("" while a check runs).
    QString status() const { return m_statusText; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void statusChanged(const QString &status);

private:
    void rebuildList();
    void showProvider(const ProviderConfig *config);
    ProviderConfig editedConfig() const;
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void markDirty();
    QString selectedModelKey() const; // PROVIDER/MODEL of the selected model, "" when none
    void showModelPrices();
    void keepModelPrices();
    void updateKeyField();
    // Resolves the provider's key and proxy password off the GUI thread (typed ones win), then calls `then` on the GUI
    // thread with a client, or with an error message.
    void withClient(const ProviderConfig &config, const QString &typedKey, const QString &typedProxyPassword,
                    std::function<void(std::shared_ptr<providers::ProviderClient>, const QString &error)> then);
    void listModels(bool fillList);
    static QString keychainName(const QString &providerId);
    static QString networkPasswordName(const QString &providerId);

    AppContext &m_context;
    Prompts &m_prompts;
    QNetworkAccessManager *m_nam = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_keySource = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyHint = nullptr;
    QCheckBox *m_enabled = nullptr;
    NetworkForm *m_network = nullptr; // the provider's own options.network
    QCheckBox *m_schemaSubset = nullptr; // Gemini: the OpenAPI-subset Schema instead of JSON Schema
    QListWidget *m_models = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_current; // id of the provider in the editor; empty = a new one not saved yet
    QString m_newPreset; // preset of the new provider in the editor
    QString m_statusText;
    bool m_busy = false;
    bool m_loading = false;
    bool m_dirty = false; // edited since loaded or saved
    QLabel *m_priceModel = nullptr;
    QLineEdit *m_priceIn = nullptr;
    QLineEdit *m_priceOut = nullptr;
    QLineEdit *m_contextWindow = nullptr;
    QHash<QString, QJsonObject> m_pendingPrices; // PROVIDER/MODEL -> its modelOverrides entry, until Save
    QPointer<providers::JsonCall> m_call;
};

} // namespace sb::ui
