#pragma once

#include <QWidget>

class QLabel;

namespace PayDesk {

// The line over the table that says a filter hides rows ("3 of 18 shown — Clear"), so that an empty
// or short list is never read as "nothing to do". Hidden when nothing filters.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    // SHOWN of the view's ALL rows pass its filters; WHAT names a filter that the filter row does not show.
    void showState(bool filtering, int shown, int all, const QString& what);
    QString text() const;

signals:
    void clearRequested();

private:
    QLabel* m_label;
};

} // namespace PayDesk
