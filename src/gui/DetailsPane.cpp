#include "gui/DetailsPane.h"

#include "core/session/Desk.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"
#include "gui/OrderDetailsHtml.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBrowser>

namespace PayDesk {

DetailsPane::DetailsPane(const Desk* desk, QTextBrowser* details, QPlainTextEdit* raw, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_details(details)
    , m_raw(raw)
{
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    LanguageChange::follow(details, this, [this] {
        if (m_order)
            refresh(); // the reader's place kept
        else
            show(std::nullopt, m_selected);
    });
}

void DetailsPane::show(const std::optional<Order>& order, int selected)
{
    m_order = order;
    m_selected = selected;
    if (!order) {
        m_details->setHtml(selected > 1 ? tr("<p>%1 orders selected.</p>").arg(selected)
                                        : tr("<p>Select an order to see its details.</p>"));
        m_raw->clear();
        return;
    }
    m_details->setHtml(render(*order));
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(order->raw).toJson(QJsonDocument::Indented)));
}

void DetailsPane::refresh()
{
    if (!m_order)
        return;
    const int scrolled = m_details->verticalScrollBar()->value();
    m_details->setHtml(render(*m_order));
    m_details->verticalScrollBar()->setValue(scrolled);
}

QString DetailsPane::render(const Order& order) const
{
    return OrderDetailsHtml::render(order, m_desk->history(order), Clock::nowUtc(),
                                    m_desk->knownReceipts(order.orderId));
}

} // namespace PayDesk
