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
            if (resize->size().width() != resize->oldSize().width())
                fitHeightToContents(static_cast<QAbstractItemView *>(watched));
        }
        return false;
    }
};
} // namespace detail

inline void fitHeightToContents(QAbstractItemView *view)
{
    if (!view->findChild<detail::RefitOnWidthChange *>(QString(), Qt::FindDirectChildrenOnly))
        view->installEventFilter(new detail::RefitOnWidthChange(view));
    int height = 2 * view->frameWidth();
    if (auto *table = qobject_cast<QTableView *>(view)) {
        if (!table->horizontalHeader()->isHidden())
            height += table->horizontalHeader()->sizeHint().height();
        height += table->verticalHeader()->length();
        // Room for the horizontal scroll bar only when the columns are wider than the view (known
        // once it is laid out: the refit on a width change comes then).
        if (table->horizontalHeader()->length() > table->viewport()->width())
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
