#pragma once

#include "core/store/StoreError.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace PayDesk {

// Brings a cache file to the latest schema on a worker thread of its own: an upgrade that rebuilds the orders
// (schemas 9 to 11) takes about a minute per million of them, which the window's thread must not wait out.
// finished() comes on the thread that started it, with the error if the upgrade failed. One use.
class CacheUpgrade : public QObject
{
    Q_OBJECT
public:
    explicit CacheUpgrade(QString path, QObject* parent = nullptr);
    ~CacheUpgrade() override;

    // Whether PATH is a PayDesk cache below the latest schema (a missing or foreign file is not).
    static bool isNeeded(const QString& path);
    void start();

signals:
    void finished(const PayDesk::StoreError& error);

private:
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    StoreError m_error; // written by the worker, read once it has finished
};

} // namespace PayDesk
