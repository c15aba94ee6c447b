#pragma once

#include <QStringList>

namespace PayDesk {

// The cache's schema, as the list of steps that built it. Step N takes a database from version
// N-1 to N; steps are never edited once released, only appended.
class Migrations
{
public:
    static int latestVersion();
    static QStringList step(int version);
};

} // namespace PayDesk
