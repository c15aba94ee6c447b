#include "gui/LanguageChange.h"

#include <QEvent>

namespace PayDesk {

LanguageChange::LanguageChange(QObject* context, std::function<void()> retranslate)
    : QObject(context)
    , m_retranslate(std::move(retranslate))
{ }

void LanguageChange::follow(QObject* watched, QObject* context, std::function<void()> retranslate)
{
    watched->installEventFilter(new LanguageChange(context, std::move(retranslate)));
}

bool LanguageChange::eventFilter(QObject* watched, QEvent* event)
{
    // Once the event has gone through WATCHED and its children, which set Qt's own texts (a button box's
    // standard buttons) and the forms' (retranslateUi): texts set in code go over them, once per switch.
    if (event->type() == QEvent::LanguageChange && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                m_retranslate();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PayDesk
