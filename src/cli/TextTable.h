#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PayDesk::Cli {

// Rows of cells printed as aligned columns under a header, two spaces apart: each column as wide as
// its widest cell, numbers right-aligned, the last column left as it is (no trailing blanks).
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<int> rightAligned = {});

    void addRow(const QStringList& cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;

private:
    QString line(const QStringList& cells, const QList<int>& widths) const;

    QStringList m_header;
    QList<int> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace PayDesk::Cli
