#pragma once

#include "workflow/definition.h"
#include "workflow/runner.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QGraphicsPathItem;

// The workflow editor's canvas: a node per step, an edge per dependency, ports to connect them.
namespace sb::ui {

class EdgeItem;

// What a node shows of a run.
struct NodeRunState {
    workflow::StepStatus status = workflow::StepStatus::Waiting;
    QString detail; // "1.2 s · $0.0012", "3 of 5 items"
};

// One step: its id, kind and model (or what it does), its problems (a red border, listed in the
// tooltip), its state in the run shown, an input port on the left and output ports on the right:
// one, or one per branch (a condition's true and false, a classify's labels).
class StepNode final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kWidth = 210;

    explicit StepNode(const QString &id);
    ~StepNode() override;
    int type() const override { return Type; }

    QString id() const { return m_id; }
    const QJsonObject &json() const { return m_json; }
    std::optional<workflow::StepKind> kind() const { return m_kind; }
    void setStep(const QJsonObject &step);
    // The `when` of each output port ("" for a plain edge), and a node's height, for a step.
    static QStringList portsOf(const QJsonObject &step);
    static double heightOf(const QJsonObject &step);
    QStringList ports() const { return m_ports; }
    QPointF outPort(const QString &when) const; // in scene coordinates
    QPointF inPort() const;
    // The output port at a scene position, if any.
    std::optional<QString> portAt(const QPointF &scenePos) const;
    double height() const { return m_height; }
    QStringList problems() const { return m_problems; }
    void setProblems(const QStringList &problems);
    std::optional<NodeRunState> runState() const { return m_run; }
    void setRunState(const std::optional<NodeRunState> &state);
    // The second line as shown ("LLM call · fake/gpt-4o-mini").
    QString subtitle() const { return m_subtitle; }

    void addEdge(EdgeItem *edge) { m_edges << edge; }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPointF portOffset(int index) const;
    void updateToolTip();

    QString m_id;
    QJsonObject m_json;
    std::optional<workflow::StepKind> m_kind;
    QString m_subtitle;
    QString m_summary; // the third line when no run is shown
    QStringList m_ports;
    QStringList m_portLabels;
    QStringList m_problems;
    std::optional<NodeRunState> m_run;
    double m_height = 64;
    QList<EdgeItem *> m_edges;
};

// An edge between two nodes, with its `when` as a label.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(StepNode *from, StepNode *to, const QString &when);
    ~EdgeItem() override;
    int type() const override { return Type; }

    workflow::Edge edge() const { return {m_from->id(), m_to->id(), m_when}; }
    StepNode *from() const { return m_from; }
    StepNode *to() const { return m_to; }
    void detach(); // before its nodes go
    void updatePath();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    StepNode *m_from;
    StepNode *m_to;
    QString m_when;
    QPainterPath m_path;
    QPointF m_tip;
    QRectF m_label;
    QRectF m_bounds;
};

class WorkflowScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowScene)

public:
    explicit WorkflowScene(QObject *parent = nullptr);
    ~WorkflowScene() override;

    // Shows this graph: nodes and edges are made, updated and removed to match it (by id), so that an
    // edit touches only what it changed.
    void sync(const QJsonArray &steps, const QJsonArray &edges);
    StepNode *node(const QString &id) const { return m_nodes.value(id); }
    QList<StepNode *> nodes() const { return m_nodes.values(); }
    EdgeItem *edge(const QString &from, const QString &to, const QString &when = {}) const;
    int edgeCount() const { return int(m_edges.size()); }
    QStringList selectedSteps() const;
    QList<workflow::Edge> selectedEdges() const;
    void selectSteps(const QStringList &ids);
    // Problems by step id (every node not named has none).
    void setProblems(const QHash<QString, QStringList> &byStep);
    // The run shown, by step id; empty: none.
    void setRunStates(const QHash<QString, NodeRunState> &byStep);
    QHash<QString, double> heights() const;
    // Where a new step goes when none is given: right of the rightmost one.
    QPointF freeSpot() const;

Q_SIGNALS:
    void connectRequested(const QString &from, const QString &when, const QString &to);
    void stepsMoved(const QHash<QString, QPointF> &positions);
    void mapOpened(const QString &id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    StepNode *nodeAt(const QPointF &scenePos, const StepNode *except = nullptr) const;
    static QString edgeKey(const QString &from, const QString &to, const QString &when);

    QHash<QString, StepNode *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QHash<StepNode *, QPointF> m_pressed; // where the selected nodes were when the mouse went down
    StepNode *m_connectFrom = nullptr;
    QString m_connectWhen;
    QGraphicsPathItem *m_connectLine = nullptr;
};

class WorkflowView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowView)

public:
    explicit WorkflowView(WorkflowScene *scene, QWidget *parent = nullptr);
    ~WorkflowView() override;

    static QString mimeType(); // a palette entry being dragged: the kind's name
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // What a workflow opens with: every step when that is readable, else its start at a readable size.
    void overview();
    // Keeps the scene's rectangle around what it holds, with room to pan: it grows as steps are added
    // and moved, and fits them again when `refit` (a workflow opened).
    void updateSceneRect(bool refit = false);

Q_SIGNALS:
    void kindDropped(workflow::StepKind kind, QPointF scenePos);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_overviewPending = false; // asked for before the view had its size
    double m_zoom = 1.0;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace sb::ui
