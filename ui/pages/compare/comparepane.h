#pragma once

#include "compare/comparestore.h"

#include <QFrame>
#include <QString>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sb::ui {

// How a pane shows answer text. A plain-text view for now; a Markdown view can take its place
// without the pane changing.
class AnswerView
{
public:
    virtual ~AnswerView() = default;
    virtual QWidget *widget() = 0;
    virtual void setContent(const QString &text) = 0;   // replaces everything
    virtual void appendText(const QString &delta) = 0;  // streams onto the end
    virtual QString content() const = 0;
};

class PlainAnswerView final : public AnswerView
{
public:
    explicit PlainAnswerView(QWidget *parent);
    QWidget *widget() override;
    void setContent(const QString &text) override;
    void appendText(const QString &delta) override;
    QString content() const override;

private:
    QPlainTextEdit *m_edit = nullptr;
};

// One model's column on the Compare page: its name (or "Model A" when blind), state, the
// conversation with the streaming answer, and the answer's numbers.
class ComparePane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    enum class Badge { None = 0, Fastest = 1, Cheapest = 2 };

    ComparePane(int pane, QWidget *parent = nullptr);
    ~ComparePane() override;

    int pane() const { return m_pane; }
    void setTitle(const QString &title);
    QString title() const;
    void setState(const QString &state, bool running);
    QString stateText() const;
    void setConversation(const QString &text);
    void appendAnswer(const QString &delta);
    QString conversationText() const;
    // answeredBy: the provider/model that answered, when it is not the name on the pane (a virtual
    // model or a route); empty otherwise.
    void setStats(const compare::AnswerStats &stats, bool finished, qint64 elapsedMs, const QString &answeredBy = {});
    QString metricsText() const;
    QString errorText() const;
    void setBadges(bool fastest, bool cheapest);
    bool isFastest() const { return m_fastest; }
    bool isCheapest() const { return m_cheapest; }

Q_SIGNALS:
    void stopRequested(int pane);

private:
    int m_pane = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_stop = nullptr;
    std::unique_ptr<AnswerView> m_view;
    QLabel *m_metrics = nullptr;
    QLabel *m_fastestBadge = nullptr;
    QLabel *m_cheapestBadge = nullptr;
    QLabel *m_error = nullptr;
    bool m_fastest = false;
    bool m_cheapest = false;
};

// "$0.000123", "12 ms", "1.23 s"
QString formatCost(double usd);
QString formatMs(qint64 ms);

} // namespace sb::ui
