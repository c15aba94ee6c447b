#pragma once

#include "core/store/OperationJournal.h"
#include "core/store/OrderQuery.h"
#include "gui/SavedViews.h"

#include <QObject>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace PayDesk {

// The filter row over the order table: search text, status, period (or dates) and amount range.
// Emits changed() once typing pauses; turns its state into a query, a saved view and back.
class FilterForm : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QLineEdit* search;
        QComboBox* status;
        QComboBox* period;
        QDateEdit* from;
        QDateEdit* to;
        QLineEdit* minAmount;
        QLineEdit* maxAmount;
    };

    FilterForm(const Widgets& widgets, QObject* parent);

    // Adds what the form says to a view's own filter; the status only where the view lets it choose.
    void applyTo(OrderFilter* filter, bool statusChoice) const;
    JournalFilter journalPeriod() const;
    SavedView capture(const QString& name) const;
    void restore(const SavedView& view);

signals:
    void changed();

private:
    void fillChoices();
    void nameChoices();
    void updateDates();
    // The "Paid with" choice (Mir Pay, ...), placed after the status choice.
    void addPaymentWayChoice();

    Widgets m_w;
    QComboBox* m_way = nullptr;
    QTimer* m_delay;
};

} // namespace PayDesk
