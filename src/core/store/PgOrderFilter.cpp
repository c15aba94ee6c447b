#include "core/store/PgOrderFilter.h"

#include "core/model/EnumNames.h"
#include "core/model/PaymentWay.h"
#include "core/store/PgCounts.h"
#include "core/store/SearchWords.h"
#include "core/time/Clock.h"

#include <algorithm>
#include <iterator>

namespace PayDesk {

namespace {
constexpr const char* PgSortKeys[] = {"o.created",
                                      "o.order_number COLLATE \"C\"",
                                      "o.order_id COLLATE \"C\"",
                                      "o.status COLLATE \"C\" %1, o.created",
                                      "o.amount",
                                      "o.deadline",
                                      "o.last4 COLLATE \"C\"",
                                      "o.email COLLATE \"C\"",
                                      "o.description COLLATE \"C\"",
                                      "o.refunded",
                                      "o.payment_way COLLATE \"C\""};
static_assert(std::size(PgSortKeys) == std::size_t(OrderColumn::PaymentWay) + 1);

qint64 msOf(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// Whether each word of TYPED begins one of COMMON (words in many orders).
bool isCommon(const QString& typed, const QStringList& common)
{
    const QStringList words = SearchWords::words(typed);
    return std::all_of(words.begin(), words.end(), [&](const QString& word) {
        return std::any_of(common.begin(), common.end(), [&](const QString& c) { return c.startsWith(word); });
    });
}

// The search words of TEXT (as SearchWords::tsQuery joins them) that are not COMMON; empty when all are,
// or none is (then the index finds the orders by all of them).
QString rareWords(const QString& text, const QStringList& common)
{
    QStringList rare;
    int words = 0;
    for (const QString& typed : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString term = SearchWords::tsQuery(typed);
        if (term.isEmpty())
            continue;
        ++words;
        if (!isCommon(typed, common))
            rare.append(term);
    }
    return rare.size() < words ? rare.join(QStringLiteral(" & ")) : QString();
}

// Text search as on SQLite: an e-mail address by its beginning; otherwise every word the beginning
// of a word of the order, or the text the beginning of its gateway id.
QString textTerm(const QString& text, const QStringList& common, QVariantList* binds)
{
    const QString lower = text.toLower();
    if (PgOrderFilter::searchesEmail(text)) {
        binds->append(PgOrderFilter::likePrefix(lower));
        return QStringLiteral("o.email COLLATE \"C\" LIKE ?"); // C: the sort index serves the prefix
    }
    const QString query = SearchWords::tsQuery(text);
    binds->append(PgOrderFilter::likePrefix(lower));
    if (query.isEmpty())
        return QStringLiteral("o.order_id COLLATE \"C\" LIKE ?");
    binds->prepend(query);
    const QString rare = rareWords(text, common);
    if (rare.isEmpty())
        return QStringLiteral("(o.words @@ ?::tsquery OR o.order_id COLLATE \"C\" LIKE ?)");
    // A common word's beginning matches tens of thousands of index entries, all gathered before the
    // rare word narrows them: the index finds the orders by the rare words, their rows are checked for
    // all (an expression of words, not the column, so that the index is not asked for it).
    binds->prepend(rare);
    return QStringLiteral("((o.words @@ ?::tsquery AND (o.words || ''::tsvector) @@ ?::tsquery) "
                          "OR o.order_id COLLATE \"C\" LIKE ?)");
}
} // namespace

QString PgOrderFilter::likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

bool PgOrderFilter::searchesEmail(const QString& text)
{
    return text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '));
}

QString PgOrderFilter::where(const QString& profile, const OrderFilter& f, QVariantList* binds,
                             const QStringList& commonWords)
{
    QStringList terms{QStringLiteral("o.profile = ?")};
    binds->append(profile);
    if (!f.statuses.isEmpty()) {
        QStringList keys;
        for (OrderStatus s : f.statuses)
            keys.append(QLatin1Char('\'') + OrderStatusText::key(s) + QLatin1Char('\''));
        terms.append(QStringLiteral("o.status IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    const qint64 now = Clock::nowMSecs();
    QList<std::pair<bool, std::pair<QString, QVariant>>> optional = {
        {f.dueWithinHours >= 0,
         {QStringLiteral("o.status = 'held' AND o.deadline <= ?"), now + qint64(f.dueWithinHours) * 3600 * 1000}},
        {f.holds == HoldDeadline::Open,
         {QStringLiteral("o.status = 'held' AND (o.deadline > ? OR o.deadline = 0)"), now}},
        {f.holds == HoldDeadline::Expired,
         {QStringLiteral("o.status = 'held' AND o.deadline > 0 AND o.deadline <= ?"), now}},
        {f.deadlineFrom.isValid(), {QStringLiteral("o.status = 'held' AND o.deadline >= ?"), msOf(f.deadlineFrom)}},
        {f.deadlineTo.isValid(), {QStringLiteral("o.status = 'held' AND o.deadline < ?"), msOf(f.deadlineTo)}},
        {f.createdFrom.isValid(), {QStringLiteral("o.created >= ?"), msOf(f.createdFrom)}},
        {f.createdTo.isValid(), {QStringLiteral("o.created <= ?"), msOf(f.createdTo)}},
        {bool(f.minAmount), {QStringLiteral("o.amount >= ?"), f.minAmount.value_or(0)}},
        {bool(f.maxAmount), {QStringLiteral("o.amount <= ?"), f.maxAmount.value_or(0)}},
    };
    for (const auto& [wanted, term] : optional) {
        if (wanted) {
            terms.append(term.first);
            binds->append(term.second);
        }
    }
    if (!f.paymentWays.isEmpty()) {
        QStringList keys;
        for (PaymentWay way : f.paymentWays)
            keys.append(QLatin1Char('\'') + PaymentWays::key(way) + QLatin1Char('\''));
        terms.append(QStringLiteral("o.payment_way IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QVariantList textBinds;
        terms.append(textTerm(text, commonWords, &textBinds));
        binds->append(textBinds);
    }
    return terms.join(QStringLiteral(" AND "));
}

QString PgOrderFilter::orderBy(const OrderFilter& f)
{
    const QString direction = f.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QString(EnumNames::key(PgSortKeys, f.sortColumn) + QStringLiteral(" %1, o.id %1")).arg(direction);
}

} // namespace PayDesk

namespace PayDesk {

QString PgOrderFilter::statusesPage(const QString& profile, const OrderFilter& f, int offset, int limit,
                                    QVariantList* binds)
{
    if (f.statuses.size() < 2 || f.sortColumn != OrderColumn::Created || !PgCounts::byStatusOnly(f))
        return {};
    const QString order = orderBy(f);
    QStringList runs;
    for (OrderStatus s : f.statuses) {
        // COLLATE "C": the status index's, so that the index serves the equality.
        runs.append(QStringLiteral("(SELECT o.id, o.created FROM orders o WHERE o.profile = ? AND o.status COLLATE "
                                   "\"C\" = '%1' ORDER BY %2 LIMIT ?)")
                        .arg(OrderStatusText::key(s), order));
        *binds << profile << qint64(offset) + limit;
    }
    *binds << limit << offset;
    return QStringLiteral("SELECT o.id FROM (%1) o ORDER BY %2 LIMIT ? OFFSET ?")
        .arg(runs.join(QStringLiteral(" UNION ALL ")), order);
}

} // namespace PayDesk
