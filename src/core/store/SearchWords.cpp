#include "core/store/SearchWords.h"

namespace PayDesk {

namespace {
// unicode61's remove_diacritics folds Latin letters only (café -> cafe; ё and й stay).
QChar folded(QChar c)
{
    if (c.unicode() < 0xC0 || c.unicode() > 0x24F)
        return c;
    const QString base = QString(c).normalized(QString::NormalizationForm_D);
    return base.isEmpty() ? c : base.at(0);
}
} // namespace

QStringList SearchWords::words(const QString& text)
{
    QStringList list;
    QString word;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            word.append(folded(c));
        } else if (!word.isEmpty()) {
            list.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        list.append(word);
    return list;
}

QString SearchWords::of(const QStringList& fields)
{
    // Each field's words at positions of their own: a phrase never runs from one field into the next.
    QStringList all;
    for (int f = 0; f < fields.size(); ++f) {
        const QStringList list = words(fields.at(f));
        for (int i = 0; i < list.size(); ++i)
            all.append(QStringLiteral("'%1':%2").arg(list.at(i)).arg(qMin(f * FieldSpan + i + 1, MaxPosition)));
    }
    return all.join(QLatin1Char(' '));
}

QString SearchWords::tsQuery(const QString& text)
{
    // As FTS5 reads a quoted phrase with a star: the words of a search word one after the other, the last
    // one a prefix.
    QStringList terms;
    for (const QString& typed : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QStringList phrase = words(typed);
        if (phrase.isEmpty())
            continue;
        for (QString& part : phrase)
            part = QLatin1Char('\'') + part + QLatin1Char('\'');
        phrase.last() += QStringLiteral(":*");
        terms.append(phrase.size() == 1 ? phrase.first()
                                        : QLatin1Char('(') + phrase.join(QStringLiteral(" <-> ")) + QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" & "));
}

} // namespace PayDesk
