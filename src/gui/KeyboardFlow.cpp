#include "gui/KeyboardFlow.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

namespace PayDesk {

KeyboardFlow::KeyboardFlow(QLineEdit* search, QTableView* table, QObject* parent)
    : QObject(parent)
    , m_search(search)
    , m_table(table)
{
    m_table->setTabKeyNavigation(false);
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
}

bool KeyboardFlow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)) {
        m_table->setFocus(Qt::ShortcutFocusReason);
        enterTable();
        return true;
    }
    if (watched == m_table && key == Qt::Key_Down && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier)
        return enterTable();
    return false;
}

// Selects the first row when nothing is selected yet; true when it did.
bool KeyboardFlow::enterTable()
{
    QAbstractItemModel* model = m_table->model();
    if (!model || model->rowCount() == 0 || m_table->selectionModel()->hasSelection())
        return false;
    const int column = m_table->horizontalHeader()->logicalIndexAt(0);
    m_table->setCurrentIndex(model->index(0, qMax(0, column)));
    m_table->selectRow(0);
    return true;
}

} // namespace PayDesk
