#pragma once

#include "core/model/Order.h"

#include <QObject>

#include <optional>

class QTextBrowser;
class QPlainTextEdit;

namespace PayDesk {

class Desk;

// The details pane: the selected order's story (OrderDetailsHtml) and the gateway's raw answer.
// Its time words ("expires in 3 h", "expired 4 min ago") move on with refresh(), keeping the
// reader's place.
class DetailsPane : public QObject
{
    Q_OBJECT
public:
    DetailsPane(const Desk* desk, QTextBrowser* details, QPlainTextEdit* raw, QObject* parent);

    // ORDER when one order is selected; else how many are.
    void show(const std::optional<Order>& order, int selected);
    void refresh();

private:
    QString render(const Order& order) const;

    const Desk* m_desk;
    QTextBrowser* m_details;
    QPlainTextEdit* m_raw;
    std::optional<Order> m_order;
    int m_selected = 0;
};

} // namespace PayDesk
