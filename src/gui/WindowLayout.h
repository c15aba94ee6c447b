#pragma once

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace PayDesk {

// The window's geometry, docks, splitter and table columns as the user left them, kept in QSettings.
namespace WindowLayout {
void restore(QMainWindow* window, QSplitter* splitter, QHeaderView* columns);
void save(const QMainWindow* window, const QSplitter* splitter, const QHeaderView* columns);
} // namespace WindowLayout

} // namespace PayDesk
