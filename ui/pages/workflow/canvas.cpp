#include "canvas.h"

#include "kinds.h"
#include "theme.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace sb::ui {

using workflow::StepKind;

namespace {

constexpr double kHeader = 64; // three lines: id, kind and model, state or summary
constexpr double kPortRow = 18;
constexpr double kPortRadius = 5;
constexpr double kPortHit = 9;

struct Canvas {
    Q_DECLARE_TR_FUNCTIONS(WorkflowCanvas)
};

QFont boldFont()
{
    QFont f = QApplication::font();
    f.setBold(true);
    return f;
}

QFont smallFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line;
}

QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

// ------------------------------------------------------------------------------------------------
// StepNode

StepNode::StepNode(const QString &id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setZValue(1);
    // drawn once per zoom level and state: a view of 200 steps repaints by copying pixels, not by
    // shaping their text again
    setCacheMode(DeviceCoordinateCache);
}

StepNode::~StepNode() = default;

void StepNode::setStep(const QJsonObject &step)
{
    m_json = step;
    m_kind = workflow::kindFromName(step.value(QLatin1String("kind")).toString());
    auto text = [&](const char *key) { return step.value(QLatin1String(key)).toString(); };
    const QStringList ports = portsOf(step);
    QStringList labels;
    for (const QString &when : ports)
        labels << (when.isEmpty() ? Canvas::tr("any label") : when); // true, false and labels are the workflow's own words
    m_summary.clear();
    if (!m_kind) {
        m_subtitle = Canvas::tr("unknown kind \"%1\"").arg(text("kind"));
    } else {
        m_subtitle = workflowkinds::label(*m_kind);
        switch (*m_kind) {
        case StepKind::Llm:
        case StepKind::Classify:
            m_subtitle += QStringLiteral(" · ") + (text("model").isEmpty() ? Canvas::tr("no model") : text("model"));
            m_summary = firstLine(text("user"));
            break;
        case StepKind::Condition: m_summary = firstLine(text("expression")); break;
        case StepKind::Map:
            m_summary = Canvas::tr("each of %1 · %n step(s) inside", nullptr, int(step.value(QLatin1String("steps")).toArray().size()))
                            .arg(text("over"));
            break;
        case StepKind::ExtractText: m_summary = text("file"); break;
        case StepKind::KnowledgeRetrieve: {
            QStringList names;
            for (const QJsonValue &c : step.value(QLatin1String("collections")).toArray())
                names << c.toString();
            m_summary = names.join(QStringLiteral(", "));
            break;
        }
        case StepKind::Transform:
            m_summary = text("op") + QStringLiteral(": ") + firstLine(text("op") == QLatin1String("template") ? text("template") : text("from"));
            break;
        case StepKind::HumanReview: m_summary = firstLine(text("instructions").isEmpty() ? text("value") : text("instructions")); break;
        case StepKind::Output: m_summary = firstLine(text("value")); break;
        }
    }
    const double height = heightOf(step);
    if (height != m_height || ports != m_ports)
        prepareGeometryChange();
    m_ports = ports;
    m_portLabels = labels;
    m_height = height;
    updateToolTip();
    for (EdgeItem *e : std::as_const(m_edges))
        e->updatePath();
    update();
}

QStringList StepNode::portsOf(const QJsonObject &step)
{
    const QString kind = step.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("condition"))
        return {QStringLiteral("true"), QStringLiteral("false")};
    if (kind != QLatin1String("classify"))
        return {QString()};
    QStringList ports;
    for (const QJsonValue &l : step.value(QLatin1String("labels")).toArray())
        ports << l.toString();
    return ports << QString();
}

double StepNode::heightOf(const QJsonObject &step)
{
    const auto ports = portsOf(step).size();
    return ports > 1 ? kHeader + double(ports) * kPortRow + 6 : kHeader;
}

QPointF StepNode::portOffset(int index) const
{
    if (m_ports.size() <= 1)
        return QPointF(kWidth, kHeader / 2);
    return QPointF(kWidth, kHeader + index * kPortRow + kPortRow / 2);
}

QPointF StepNode::outPort(const QString &when) const
{
    const auto i = m_ports.indexOf(when);
    return mapToScene(portOffset(i < 0 ? int(m_ports.size()) - 1 : int(i)));
}

QPointF StepNode::inPort() const
{
    return mapToScene(QPointF(0, kHeader / 2));
}

std::optional<QString> StepNode::portAt(const QPointF &scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    for (int i = 0; i < m_ports.size(); ++i) {
        const QPointF d = local - portOffset(i);
        if (d.x() * d.x() + d.y() * d.y() <= kPortHit * kPortHit)
            return m_ports.at(i);
    }
    return std::nullopt;
}

void StepNode::setProblems(const QStringList &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    updateToolTip();
    update();
}

void StepNode::setRunState(const std::optional<NodeRunState> &state)
{
    const bool same = state.has_value() == m_run.has_value() && (!state || (state->status == m_run->status && state->detail == m_run->detail));
    if (same)
        return;
    m_run = state;
    update();
}

void StepNode::updateToolTip()
{
    QStringList lines{QStringLiteral("<b>%1</b> · %2").arg(m_id.toHtmlEscaped(), m_subtitle.toHtmlEscaped())};
    if (!m_summary.isEmpty())
        lines << m_summary.toHtmlEscaped();
    if (!m_problems.isEmpty()) {
        const QString color = ThemeManager::errorColor().name();
        for (const QString &p : std::as_const(m_problems))
            lines << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, p.toHtmlEscaped());
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
}

QRectF StepNode::boundingRect() const
{
    return QRectF(-kPortRadius - 2, -2, kWidth + 2 * kPortRadius + 4, m_height + 4);
}

void StepNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const bool dark = ThemeManager::isDark();
    const QRectF body(0, 0, kWidth, m_height);
    const QColor kindColor = m_kind ? workflowkinds::color(*m_kind) : QColor(Qt::gray);
    painter->setRenderHint(QPainter::Antialiasing, true);

    // a band in the kind's colour on the left, the body over it
    painter->setPen(Qt::NoPen);
    painter->setBrush(kindColor);
    painter->drawRoundedRect(body, 6, 6);
    painter->setBrush(dark ? mixed(pal.color(QPalette::Base), kindColor, 0.08) : pal.color(QPalette::Base));
    painter->drawRoundedRect(body.adjusted(5, 0, 0, 0), 6, 6);

    QPen border(pal.color(QPalette::Mid), 1);
    if (!m_problems.isEmpty())
        border = QPen(ThemeManager::errorColor(), 2.2);
    if (option->state & QStyle::State_Selected)
        border = QPen(pal.color(QPalette::Highlight), m_problems.isEmpty() ? 2.2 : 3.0, m_problems.isEmpty() ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, 6, 6);

    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mixed(text, pal.color(QPalette::Base), 0.4);
    const double left = 14;
    const double right = kWidth - 22;
    painter->setFont(boldFont());
    painter->setPen(text);
    const QFontMetricsF bold(painter->font());
    painter->drawText(QRectF(left, 4, right - left, 20), Qt::AlignLeft | Qt::AlignVCenter, bold.elidedText(m_id, Qt::ElideRight, right - left));
    painter->setFont(smallFont());
    const QFontMetricsF small(painter->font());
    painter->setPen(muted);
    painter->drawText(QRectF(left, 23, kWidth - left - 10, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(m_subtitle, Qt::ElideRight, kWidth - left - 10));
    QString third = m_summary;
    if (m_run) {
        const QColor status = workflowkinds::statusColor(m_run->status);
        painter->setPen(Qt::NoPen);
        painter->setBrush(status);
        painter->drawEllipse(QPointF(kWidth - 14, 14), 5, 5);
        third = workflowkinds::statusLabel(m_run->status) + (m_run->detail.isEmpty() ? QString() : QStringLiteral(" · ") + m_run->detail);
        painter->setPen(status);
    } else {
        painter->setPen(muted);
    }
    painter->drawText(QRectF(left, 41, kWidth - left - 10, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(third, Qt::ElideRight, kWidth - left - 10));

    // ports: in on the left, out on the right (labelled when there are several)
    painter->setPen(QPen(pal.color(QPalette::Mid), 1.2));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawEllipse(QPointF(0, kHeader / 2), kPortRadius, kPortRadius);
    for (int i = 0; i < m_ports.size(); ++i) {
        const QPointF at = portOffset(i);
        painter->setPen(QPen(kindColor, 1.6));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawEllipse(at, kPortRadius, kPortRadius);
        if (m_ports.size() > 1) {
            painter->setPen(m_ports.at(i).isEmpty() ? muted : text);
            painter->drawText(QRectF(left, at.y() - kPortRow / 2, kWidth - left - 12, kPortRow), Qt::AlignRight | Qt::AlignVCenter,
                              small.elidedText(m_portLabels.value(i), Qt::ElideRight, kWidth - left - 12));
        }
    }
}

QVariant StepNode::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *e : std::as_const(m_edges))
            e->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

// ------------------------------------------------------------------------------------------------
// EdgeItem

EdgeItem::EdgeItem(StepNode *from, StepNode *to, const QString &when)
    : m_from(from)
    , m_to(to)
    , m_when(when)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    m_from->addEdge(this);
    m_to->addEdge(this);
    updatePath();
}

EdgeItem::~EdgeItem()
{
    detach();
}

void EdgeItem::detach()
{
    if (m_from)
        m_from->removeEdge(this);
    if (m_to)
        m_to->removeEdge(this);
}

void EdgeItem::updatePath()
{
    prepareGeometryChange();
    const QPointF a = m_from->outPort(m_when);
    const QPointF b = m_to->inPort() - QPointF(kPortRadius + 1, 0);
    const double dx = std::max(40.0, std::abs(b.x() - a.x()) / 2);
    const QPointF c1 = a + QPointF(dx, 0);
    const QPointF c2 = b - QPointF(dx, 0);
    QPainterPath path(a);
    path.cubicTo(c1, c2, b);
    m_path = path;
    m_tip = b;
    m_label = QRectF();
    if (!m_when.isEmpty()) {
        const QFontMetricsF fm(smallFont());
        const QSizeF size(fm.horizontalAdvance(m_when) + 10, fm.height() + 2);
        const QPointF mid = (a + 3 * c1 + 3 * c2 + b) / 8; // the curve at t = 0.5
        m_label = QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
    }
    m_bounds = m_path.controlPointRect().adjusted(-10, -10, 10, 10).united(m_label);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(m_path);
    if (!m_label.isNull())
        s.addRect(m_label);
    return s;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const QColor color = selected ? pal.color(QPalette::Highlight) : mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(color, selected ? 2.4 : 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    // the arrow head: the curve ends level, pointing right
    const QPointF tip = m_tip;
    QPolygonF head;
    head << tip << tip + QPointF(-8, -4.5) << tip + QPointF(-8, 4.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
    if (!m_label.isNull()) {
        painter->setBrush(pal.color(QPalette::Base));
        painter->setPen(QPen(color, 1));
        painter->drawRoundedRect(m_label, 4, 4);
        painter->setFont(smallFont());
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(m_label, Qt::AlignCenter, m_when);
    }
}

// ------------------------------------------------------------------------------------------------
// WorkflowScene

WorkflowScene::WorkflowScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // items move all the time and there are a few hundred at most: no index to keep up to date
    setItemIndexMethod(NoIndex);
}

WorkflowScene::~WorkflowScene()
{
    // edges first: they hold their nodes
    for (EdgeItem *e : std::as_const(m_edges))
        delete e;
    m_edges.clear();
}

QString WorkflowScene::edgeKey(const QString &from, const QString &to, const QString &when)
{
    return from + QLatin1Char('\n') + to + QLatin1Char('\n') + when;
}

void WorkflowScene::sync(const QJsonArray &steps, const QJsonArray &edges)
{
    QSet<QString> present;
    QPointF spot = freeSpot();
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QLatin1String("id")).toString();
        if (id.isEmpty() || present.contains(id))
            continue;
        present.insert(id);
        StepNode *n = m_nodes.value(id);
        const QJsonObject p = s.value(QLatin1String("position")).toObject();
        const bool placed = p.value(QLatin1String("x")).isDouble() && p.value(QLatin1String("y")).isDouble();
        const QPointF at(p.value(QLatin1String("x")).toDouble(), p.value(QLatin1String("y")).toDouble());
        if (!n) {
            n = new StepNode(id);
            n->setStep(s);
            addItem(n);
            m_nodes.insert(id, n);
            if (placed) {
                n->setPos(at);
            } else {
                n->setPos(spot);
                spot += QPointF(0, n->height() + 28);
            }
            continue;
        }
        if (n->json() != s)
            n->setStep(s);
        if (placed && n->pos() != at)
            n->setPos(at);
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        StepNode *gone = it.value();
        it = m_nodes.erase(it);
        for (auto e = m_edges.begin(); e != m_edges.end();) {
            if ((*e)->from() == gone || (*e)->to() == gone) {
                delete *e;
                e = m_edges.erase(e);
            } else {
                ++e;
            }
        }
        m_pressed.remove(gone);
        if (m_connectFrom == gone)
            m_connectFrom = nullptr;
        delete gone;
    }
    QSet<QString> keys;
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        const QString from = e.value(QLatin1String("from")).toString();
        const QString to = e.value(QLatin1String("to")).toString();
        const QJsonValue whenValue = e.value(QLatin1String("when"));
        const QString when = whenValue.isBool() ? (whenValue.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : whenValue.toString();
        StepNode *a = m_nodes.value(from);
        StepNode *b = m_nodes.value(to);
        if (!a || !b || a == b)
            continue;
        const QString key = edgeKey(from, to, when);
        keys.insert(key);
        if (!m_edges.contains(key)) {
            auto *item = new EdgeItem(a, b, when);
            addItem(item);
            m_edges.insert(key, item);
        }
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (keys.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_edges.erase(it);
        }
    }
}

EdgeItem *WorkflowScene::edge(const QString &from, const QString &to, const QString &when) const
{
    return m_edges.value(edgeKey(from, to, when));
}

QStringList WorkflowScene::selectedSteps() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == StepNode::Type)
            out << static_cast<StepNode *>(item)->id();
    }
    out.sort();
    return out;
}

QList<workflow::Edge> WorkflowScene::selectedEdges() const
{
    QList<workflow::Edge> out;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == EdgeItem::Type)
            out << static_cast<EdgeItem *>(item)->edge();
    }
    return out;
}

void WorkflowScene::selectSteps(const QStringList &ids)
{
    const QSignalBlocker block(this);
    clearSelection();
    for (const QString &id : ids) {
        if (StepNode *n = m_nodes.value(id))
            n->setSelected(true);
    }
    blockSignals(false);
    Q_EMIT selectionChanged();
}

void WorkflowScene::setProblems(const QHash<QString, QStringList> &byStep)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setProblems(byStep.value(it.key()));
}

void WorkflowScene::setRunStates(const QHash<QString, NodeRunState> &byStep)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        auto state = byStep.constFind(it.key());
        it.value()->setRunState(state == byStep.cend() ? std::nullopt : std::optional<NodeRunState>(*state));
    }
}

QHash<QString, double> WorkflowScene::heights() const
{
    QHash<QString, double> out;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        out.insert(it.key(), it.value()->height());
    return out;
}

QPointF WorkflowScene::freeSpot() const
{
    if (m_nodes.isEmpty())
        return QPointF(0, 0);
    double right = -1e9;
    double top = 1e9;
    for (StepNode *n : std::as_const(m_nodes)) {
        right = std::max(right, n->pos().x());
        top = std::min(top, n->pos().y());
    }
    return QPointF(right + 270, top);
}

StepNode *WorkflowScene::nodeAt(const QPointF &scenePos, const StepNode *except) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == StepNode::Type && item != except)
            return static_cast<StepNode *>(item);
    }
    return nullptr;
}

void WorkflowScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        // a press on an output port starts an edge
        for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemBoundingRect)) {
            if (item->type() != StepNode::Type)
                continue;
            auto *n = static_cast<StepNode *>(item);
            if (auto port = n->portAt(event->scenePos())) {
                m_connectFrom = n;
                m_connectWhen = *port;
                m_connectLine = addPath(QPainterPath(), QPen(QApplication::palette().color(QPalette::Highlight), 1.6, Qt::DashLine));
                m_connectLine->setZValue(3);
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressed.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == StepNode::Type)
            m_pressed.insert(static_cast<StepNode *>(item), item->pos());
    }
}

void WorkflowScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        const QPointF a = m_connectFrom ? m_connectFrom->outPort(m_connectWhen) : event->scenePos();
        const QPointF b = event->scenePos();
        const double dx = std::max(40.0, std::abs(b.x() - a.x()) / 2);
        QPainterPath path(a);
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        m_connectLine->setPath(path);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void WorkflowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        StepNode *from = m_connectFrom;
        m_connectFrom = nullptr;
        if (StepNode *to = from ? nodeAt(event->scenePos(), from) : nullptr)
            Q_EMIT connectRequested(from->id(), m_connectWhen, to->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<QString, QPointF> moved;
    for (auto it = m_pressed.cbegin(); it != m_pressed.cend(); ++it) {
        if (it.key()->pos() != it.value())
            moved.insert(it.key()->id(), it.key()->pos());
    }
    m_pressed.clear();
    if (!moved.isEmpty())
        Q_EMIT stepsMoved(moved);
}

void WorkflowScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (StepNode *n = nodeAt(event->scenePos()); n && n->kind() == StepKind::Map) {
        Q_EMIT mapOpened(n->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// ------------------------------------------------------------------------------------------------
// WorkflowView

WorkflowView::WorkflowView(WorkflowScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing, true);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // the grid is drawn once for each scroll or zoom, not under every node that moves
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

WorkflowView::~WorkflowView() = default;

QString WorkflowView::mimeType()
{
    return QStringLiteral("application/x-switchboard-workflow-step");
}

void WorkflowView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, 0.15, 3.0);
    if (std::abs(zoom - m_zoom) < 1e-6)
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void WorkflowView::zoomIn()
{
    setZoom(m_zoom * 1.2);
}

void WorkflowView::zoomOut()
{
    setZoom(m_zoom / 1.2);
}

void WorkflowView::zoomToFit()
{
    const QRectF items = scene()->itemsBoundingRect();
    if (items.isEmpty())
        return setZoom(1.0);
    const QRectF area = viewport()->rect();
    const double fit = std::min((area.width() - 40) / items.width(), (area.height() - 40) / items.height());
    setZoom(std::min(1.0, fit));
    centerOn(items.center());
}

void WorkflowView::overview()
{
    constexpr double kReadable = 0.6;
    m_overviewPending = !isVisible();
    if (m_overviewPending)
        return;
    zoomToFit();
    if (m_zoom >= kReadable - 1e-6)
        return;
    setZoom(kReadable);
    const QRectF items = scene()->itemsBoundingRect();
    const double halfWidth = viewport()->width() / 2.0 / kReadable;
    centerOn(QPointF(items.left() + halfWidth - 20, items.center().y()));
}

void WorkflowView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_overviewPending)
        QMetaObject::invokeMethod(this, &WorkflowView::overview, Qt::QueuedConnection); // once laid out
}

void WorkflowView::updateSceneRect(bool refit)
{
    const QRectF items = scene()->itemsBoundingRect();
    const QRectF wanted = items.isEmpty() ? QRectF(-500, -400, 1000, 800) : items.adjusted(-1200, -900, 1200, 900);
    // (a new rectangle repaints the scroll bars and the background: only when it must grow)
    if (refit || !sceneRect().contains(items))
        setSceneRect(refit ? wanted : wanted.united(sceneRect()));
}

void WorkflowView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(m_zoom * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WorkflowView::mousePressEvent(QMouseEvent *event)
{
    // the middle button, or the left one with Alt, pans
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::AltModifier))) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void WorkflowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void WorkflowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void WorkflowView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void WorkflowView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void WorkflowView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType()))
        return QGraphicsView::dropEvent(event);
    const auto kind = workflow::kindFromName(QString::fromUtf8(event->mimeData()->data(mimeType())));
    if (!kind)
        return;
    event->acceptProposedAction();
    // the node's middle where the pointer is
    Q_EMIT kindDropped(*kind, mapToScene(event->position().toPoint()) - QPointF(StepNode::kWidth / 2, kHeader / 2));
}

void WorkflowView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window));
    if (m_zoom < 0.45)
        return;
    // a light grid every 40 px, without antialiasing (crisp, and a tenth of the cost)
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double step = 40;
    QColor line = palette().color(QPalette::Mid);
    line.setAlphaF(0.25f);
    painter->setPen(QPen(line, 0));
    QVarLengthArray<QLineF, 256> lines;
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines.constData(), int(lines.size()));
}

} // namespace sb::ui
