#pragma once

#include <QObject>

#include <functional>

class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace PayDesk {

class Desk;

// The main window's texts that code sets over its form: the title with the profile, the gateway's own
// words for reverse and refund, the view's title. Set once, and again after retranslateUi() whenever the
// language changes live; a temporary status-bar message in the old language goes.
class WindowTexts : public QObject
{
    Q_OBJECT
public:
    WindowTexts(QMainWindow* window, Ui::MainWindow* ui, const Desk* desk);

    // The title over the table, asked again after a switch (a view's name is translated, a saved view's
    // is the user's).
    void setViewTitle(std::function<QString()> title);

signals:
    // The form and these texts are in the new language: redo what else depends on the window's state.
    void retranslated();

private:
    void apply();
    void showViewTitle();

    QMainWindow* m_window;
    Ui::MainWindow* m_ui;
    const Desk* m_desk;
    std::function<QString()> m_viewTitle;
};

} // namespace PayDesk
