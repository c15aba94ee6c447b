#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace PayDesk {

// A named set of the window's filters, as the user saved it.
struct SavedView
{
    QString name;
    QString text;
    int status = 0; // index in the status filter
    int period = 0; // index in the period filter
    QDate from;
    QDate to;
    QString minAmount;
    QString maxAmount;
};

// A profile's saved views, kept in the user's settings (QSettings "views/PROFILE").
class SavedViews
{
public:
    explicit SavedViews(QString profileId)
        : m_key(QStringLiteral("views/") + profileId)
    { }

    QList<SavedView> all() const;
    SavedView at(int index) const { return all().value(index); }
    void add(const SavedView& view);
    void remove(int index);

private:
    QString m_key;
};

} // namespace PayDesk
