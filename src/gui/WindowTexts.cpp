#include "gui/WindowTexts.h"

#include "ui_MainWindow.h"

#include "core/session/Desk.h"
#include "gui/LanguageChange.h"

#include <QStatusBar>

namespace PayDesk {

WindowTexts::WindowTexts(QMainWindow* window, Ui::MainWindow* ui, const Desk* desk)
    : QObject(window)
    , m_window(window)
    , m_ui(ui)
    , m_desk(desk)
{
    apply();
    LanguageChange::follow(window, this, [this] {
        m_ui->retranslateUi(m_window);
        m_window->statusBar()->clearMessage();
        apply();
        showViewTitle();
        emit retranslated();
    });
}

void WindowTexts::apply()
{
    m_window->setWindowTitle(tr("PayDesk — %1").arg(m_desk->profileName()));
    m_ui->actionReverse->setText(m_desk->capabilities().reverseAction());
    m_ui->actionRefund->setText(m_desk->capabilities().refundAction());
}

void WindowTexts::setViewTitle(std::function<QString()> title)
{
    m_viewTitle = std::move(title);
    showViewTitle();
}

void WindowTexts::showViewTitle()
{
    if (m_viewTitle)
        m_ui->viewTitle->setText(QStringLiteral("<b>%1</b>").arg(m_viewTitle().toHtmlEscaped()));
}

} // namespace PayDesk
