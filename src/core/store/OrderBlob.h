#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace PayDesk {

// How the cache keeps each order's full form (OrderCodec's CBOR, the gateway's raw answer in it):
// compressed by zstd against a dictionary trained on the cache's own orders, a sixth or less of the
// CBOR's size. The dictionaries live in the cache (table blob_dictionaries), each under the id zstd
// writes into every frame, so any row reads back exactly whatever dictionary a later PayDesk trains.
// A blob that is not a zstd frame is CBOR as schema 5 stored it, and reads back as it is.
// Not thread-safe: one per OrderStore.
class OrderBlob
{
public:
    OrderBlob();
    ~OrderBlob();
    OrderBlob(const OrderBlob&) = delete;
    OrderBlob& operator=(const OrderBlob&) = delete;

    // A dictionary as trained (or stored): the one new blobs are packed with, and one more to unpack with.
    bool addDictionary(const QByteArray& dictionary, bool useForPacking = true);
    bool hasPackingDictionary() const { return m_packWith != 0; }
    // A dictionary trained on SAMPLES (the CBOR of a few thousand orders); empty when they are too few.
    static QByteArray train(const QList<QByteArray>& samples);
    static unsigned dictionaryId(const QByteArray& dictionary);
    // The dictionary id a packed blob needs (0: none, or not a zstd frame).
    static unsigned neededDictionary(const QByteArray& blob);
    static bool isPacked(const QByteArray& blob);

    QByteArray pack(const QByteArray& cbor) const;
    // The CBOR back, byte for byte; nullopt with the reason when the blob cannot be unpacked.
    std::optional<QByteArray> unpack(const QByteArray& blob, QString* why = nullptr) const;

    static constexpr int Level = 3;

private:
    struct Contexts;
    std::unique_ptr<Contexts> m_zstd;
    unsigned m_packWith = 0;
};

} // namespace PayDesk
