#pragma once

#include "common/expected.h"
#include "protocol/types.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sb::ui {

class ModelPicker;
class Prompts;

// The Playground's composer: the message being written (it grows from 4 to 12 lines), its
// attachments (checked: an image must be one and the model must take images; text files are inlined
// in a fence), the banner of an edit, and Send/Stop and Attach. The page decides what Enter, Esc
// and the buttons do.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    // Largest attachments: images (what vendors take) and text files inlined into the prompt.
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxPdfBytes = 50 * 1024 * 1024; // the largest any API takes (OpenAI)
    static constexpr qint64 kMaxTextBytes = 256 * 1024;

    // The picker tells whether the model takes images.
    Composer(const ModelPicker &picker, Prompts &prompts, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void focusInput();
    QPlainTextEdit *input() const { return m_input; }

    // Checks and attaches a file; a refused file gets a clear message (returned).
    [[nodiscard]] Expected<void> attachFile(const QString &path);
    QStringList attachmentNames() const;
    // A PDF file as a document part (application/pdf, base64, titled with the file's name), checked
    // for its content and the largest size any API takes. Compare attaches PDFs through it too.
    [[nodiscard]] static Expected<protocol::ContentPart> readPdf(const QString &path);
    QList<protocol::ContentPart> attachmentParts() const;
    void clearAttachments();

    void setEditing(bool editing); // shows the banner of an edit
    void clear(); // after a send: the text, the attachments, the banner
    void setBusy(bool busy); // Send becomes Stop
    void setReady(bool ready); // false: nothing to send to (no provider or model)
    // true: Ctrl+Enter sends and Enter starts a new line; false: Enter sends, Shift+Enter a new line
    void setCtrlEnterSends(bool on);
    bool ctrlEnterSends() const { return m_ctrlEnterSends; }

Q_SIGNALS:
    void sendRequested(); // Enter (or Ctrl+Enter, see setCtrlEnterSends) or Send
    void stopRequested(); // Stop
    void escapePressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] Expected<void> attachPdf(const QString &path);
    void showAttachments();

    const ModelPicker &m_picker;
    Prompts &m_prompts;
    QLabel *m_editing = nullptr;
    QLabel *m_attachLabel = nullptr;
    QToolButton *m_clearAttachments = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_send = nullptr;
    bool m_busy = false;
    bool m_ctrlEnterSends = false;
    struct Attachment {
        QString name;
        protocol::ContentPart part;
    };
    QList<Attachment> m_attachments;
};

} // namespace sb::ui
