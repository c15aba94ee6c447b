#include "cli/TextTable.h"

namespace PayDesk::Cli {

TextTable::TextTable(QStringList header, QList<int> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{ }

QString TextTable::toString() const
{
    QList<int> widths;
    for (const QString& title : m_header)
        widths.append(int(title.size()));
    for (const QStringList& row : m_rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], int(row[c].size()));
    QStringList lines{line(m_header, widths)};
    for (const QStringList& row : m_rows)
        lines.append(line(row, widths));
    return lines.join(QLatin1Char('\n'));
}

QString TextTable::line(const QStringList& cells, const QList<int>& widths) const
{
    QStringList padded;
    for (int c = 0; c < cells.size(); ++c) {
        const bool last = c == cells.size() - 1;
        padded.append(m_rightAligned.contains(c) ? cells[c].rightJustified(widths[c])
                      : last                     ? cells[c]
                                                 : cells[c].leftJustified(widths[c]));
    }
    return padded.join(QStringLiteral("  "));
}

} // namespace PayDesk::Cli
