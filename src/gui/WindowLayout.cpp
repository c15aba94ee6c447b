#include "gui/WindowLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace PayDesk::WindowLayout {

void restore(QMainWindow* window, QSplitter* splitter, QHeaderView* columns)
{
    QSettings settings;
    window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({170, 760, 340});
    columns->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray());
}

void save(const QMainWindow* window, const QSplitter* splitter, const QHeaderView* columns)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"), columns->saveState());
}

} // namespace PayDesk::WindowLayout
