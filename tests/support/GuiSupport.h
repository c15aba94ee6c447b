#pragma once

// What the GUI test executables share: the dark palette their screenshots use and a window opened
// after its first sync.
#include "gui/MainWindow.h"

#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

namespace GuiSupport {

// A dark palette like a desktop's dark theme, disabled texts dimmed so that they read as disabled.
inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

// Shows WINDOW at 1280×760 and syncs it once; false when it did not show or the sync failed.
inline bool showSynced(PayDesk::MainWindow* window)
{
    window->resize(1280, 760);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QSignalSpy synced(window, &PayDesk::MainWindow::syncFinished);
    window->sync();
    return synced.wait(20000) && synced.first().first().toBool();
}

} // namespace GuiSupport
