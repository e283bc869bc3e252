// How the wizard's lists and read-only tables take space: as high as their rows and no higher, so
// five versions or one device do not sit in a tall empty box (the page's layout puts its stretch
// elsewhere); with more rows than fit, the view takes what the page has and scrolls. Header-only:
// two small functions the pages and widgets share.
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QListView>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace dr::ui {

// Sets the view's height range to its content (header, rows, frame, and room for a horizontal scroll bar
// in tables whose columns are wider than the page). Call after the rows change.
inline void fitHeightToContents(QAbstractItemView *view);

namespace detail {
// Refits a view when its width changes: rows measured before the first layout (text wrapped to a
// narrow width) would otherwise keep the view too high, or too low after a narrowing.
class RefitOnWidthChange : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            const auto *resize = static_cast<QResizeEvent *>(event);
            // After the view has handled the resize itself: its viewport and header take the new
            // width in its own resize handling, which runs after this filter.
            if (resize->size().width() != resize->oldSize().width())
                QMetaObject::invokeMethod(
                    watched, [view = static_cast<QAbstractItemView *>(watched)] { fitHeightToContents(view); },
                    Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace detail

// Whether a table's columns need more width than it has: the columns at their sizes, the stretched
// last one at its content's width (its stretched size follows the width the header last saw, which
// lags behind a resize), against the table's own width.
inline bool columnsOverflow(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    int lastVisible = -1;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            lastVisible = c;
    int needed = 0;
    for (int c = 0; c <= lastVisible; ++c) {
        if (header->isSectionHidden(c))
            continue;
        needed += c == lastVisible && header->stretchLastSection()
                      ? std::max(static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(c),
                                 header->sectionSizeHint(c))
                      : header->sectionSize(c);
    }
    return needed > table->width() - 2 * table->frameWidth();
}

inline void fitHeightToContents(QAbstractItemView *view)
{
    // Marked by a property: findChild cannot tell the filter (a QObject without Q_OBJECT) from the
    // view's other children, and took the viewport for it, so the filter was never installed.
    static const char kRefitInstalled[] = "dr_refitOnWidthChange";
    if (!view->property(kRefitInstalled).toBool()) {
        view->setProperty(kRefitInstalled, true);
        view->installEventFilter(new detail::RefitOnWidthChange(view));
    }
    int height = 2 * view->frameWidth();
    if (auto *table = qobject_cast<QTableView *>(view)) {
        if (!table->horizontalHeader()->isHidden())
            height += table->horizontalHeader()->sizeHint().height();
        height += table->verticalHeader()->length();
        // Room for the horizontal scroll bar only when the columns are wider than the view.
        if (columnsOverflow(table))
            height += table->horizontalScrollBar()->sizeHint().height();
    } else {
        const int rows = view->model() ? view->model()->rowCount(view->rootIndex()) : 0;
        const auto *list = qobject_cast<QListView *>(view);
        const int spacing = list ? list->spacing() : 0;
        for (int r = 0; r < rows; ++r)
            height += view->sizeHintForRow(r) + 2 * spacing;
        if (rows == 0)
            height += 2 * view->fontMetrics().height(); // an empty list still looks like a list
    }
    // A single row may take less than the scroll area's usual minimum (room for both scroll bars).
    view->setMinimumHeight(std::min(height, view->minimumSizeHint().height()));
    view->setMaximumHeight(height);
}

// Columns as wide as their contents, the last one taking what is left of the width. (After
// resizeColumnsToContents the last column keeps its content width, even with stretchLastSection,
// until the view's width changes: a blank strip at the right. Setting the stretch again applies it.)
inline void fitColumnsToContents(QTableView *table)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

// A table people read but do not choose from: no selection, so no highlighted row and no current
// cell frame while it does not have the focus; the arrow keys still move through it (the style
// draws the current cell's frame only while the view has keyboard focus), and Tab leaves it.
inline void makeReadOnlyTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setTabKeyNavigation(false);
}

} // namespace dr::ui
