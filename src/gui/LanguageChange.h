#pragma once

#include <QObject>

#include <functional>

namespace PayDesk {

// Texts set in code follow a live language switch as retranslateUi() does for forms: RETRANSLATE runs
// after WATCHED gets QEvent::LanguageChange (a widget, or an object among a widget's children, which Qt
// passes the event on to), once per switch and as soon as the event is through, for as long as CONTEXT
// lives.
class LanguageChange : public QObject
{
    Q_OBJECT
public:
    static void follow(QObject* watched, QObject* context, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LanguageChange(QObject* context, std::function<void()> retranslate);
    std::function<void()> m_retranslate;
    bool m_pending = false;
};

} // namespace PayDesk
