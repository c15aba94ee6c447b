#include "gui/SavedViews.h"

#include <QSettings>
#include <QVariantMap>

namespace PayDesk {

QList<SavedView> SavedViews::all() const
{
    QList<SavedView> views;
    for (const QVariant& v : QSettings().value(m_key).toList()) {
        const QVariantMap m = v.toMap();
        views.append({m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("text")).toString(),
                      m.value(QStringLiteral("status")).toInt(), m.value(QStringLiteral("period")).toInt(),
                      m.value(QStringLiteral("from")).toDate(), m.value(QStringLiteral("to")).toDate(),
                      m.value(QStringLiteral("min")).toString(), m.value(QStringLiteral("max")).toString()});
    }
    return views;
}

void SavedViews::add(const SavedView& view)
{
    QSettings settings;
    QVariantList views = settings.value(m_key).toList();
    views.append(QVariantMap{{QStringLiteral("name"), view.name},
                             {QStringLiteral("text"), view.text},
                             {QStringLiteral("status"), view.status},
                             {QStringLiteral("period"), view.period},
                             {QStringLiteral("from"), view.from},
                             {QStringLiteral("to"), view.to},
                             {QStringLiteral("min"), view.minAmount},
                             {QStringLiteral("max"), view.maxAmount}});
    settings.setValue(m_key, views);
}

void SavedViews::remove(int index)
{
    QSettings settings;
    QVariantList views = settings.value(m_key).toList();
    if (index >= 0 && index < views.size())
        views.removeAt(index);
    settings.setValue(m_key, views);
}

} // namespace PayDesk
