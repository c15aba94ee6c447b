#pragma once

#include <QObject>

class QLineEdit;
class QTableView;

namespace PayDesk {

// The keyboard's way between the search box and the order table: Down or Enter in the search box
// goes to the results, Tab leaves the table instead of walking its cells, and the first Down in a
// table with nothing selected selects the first (most urgent) row instead of skipping it.
class KeyboardFlow : public QObject
{
    Q_OBJECT
public:
    KeyboardFlow(QLineEdit* search, QTableView* table, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool enterTable();

    QLineEdit* m_search;
    QTableView* m_table;
};

} // namespace PayDesk
