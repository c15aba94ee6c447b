#include "core/store/OrderBlob.h"

#include <zdict.h>
#include <zstd.h>

namespace PayDesk {

namespace {
const char Magic[] = {'\x28', '\xB5', '\x2F', '\xFD'}; // a zstd frame's first bytes (little-endian 0xFD2FB528)
const size_t DictionaryCapacity = 64 * 1024;
const int MinSamples = 200;
} // namespace

struct OrderBlob::Contexts
{
    ZSTD_CCtx* compress = ZSTD_createCCtx();
    ZSTD_DCtx* decompress = ZSTD_createDCtx();
    QHash<unsigned, ZSTD_CDict*> packing;
    QHash<unsigned, ZSTD_DDict*> unpacking;

    ~Contexts()
    {
        for (ZSTD_CDict* d : std::as_const(packing))
            ZSTD_freeCDict(d);
        for (ZSTD_DDict* d : std::as_const(unpacking))
            ZSTD_freeDDict(d);
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
};

OrderBlob::OrderBlob()
    : m_zstd(std::make_unique<Contexts>())
{ }

OrderBlob::~OrderBlob() = default;

unsigned OrderBlob::dictionaryId(const QByteArray& dictionary)
{
    return ZSTD_getDictID_fromDict(dictionary.constData(), size_t(dictionary.size()));
}

unsigned OrderBlob::neededDictionary(const QByteArray& blob)
{
    return isPacked(blob) ? ZSTD_getDictID_fromFrame(blob.constData(), size_t(blob.size())) : 0;
}

bool OrderBlob::isPacked(const QByteArray& blob)
{
    return blob.startsWith(QByteArray::fromRawData(Magic, sizeof Magic));
}

bool OrderBlob::addDictionary(const QByteArray& dictionary, bool useForPacking)
{
    const unsigned id = dictionaryId(dictionary);
    if (id == 0)
        return false;
    if (!m_zstd->unpacking.contains(id)) {
        ZSTD_DDict* d = ZSTD_createDDict(dictionary.constData(), size_t(dictionary.size()));
        if (!d)
            return false;
        m_zstd->unpacking.insert(id, d);
    }
    if (useForPacking) {
        if (!m_zstd->packing.contains(id)) {
            ZSTD_CDict* c = ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), Level);
            if (!c)
                return false;
            m_zstd->packing.insert(id, c);
        }
        m_packWith = id;
    }
    return true;
}

QByteArray OrderBlob::train(const QList<QByteArray>& samples)
{
    if (samples.size() < MinSamples)
        return {};
    QByteArray joined;
    std::vector<size_t> sizes;
    sizes.reserve(size_t(samples.size()));
    for (const QByteArray& s : samples) {
        joined.append(s);
        sizes.push_back(size_t(s.size()));
    }
    QByteArray dictionary(qsizetype(DictionaryCapacity), Qt::Uninitialized);
    const size_t made = ZDICT_trainFromBuffer(dictionary.data(), DictionaryCapacity, joined.constData(), sizes.data(),
                                              unsigned(sizes.size()));
    if (ZDICT_isError(made))
        return {};
    dictionary.truncate(qsizetype(made));
    return dictionary;
}

QByteArray OrderBlob::pack(const QByteArray& cbor) const
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(cbor.size()))), Qt::Uninitialized);
    ZSTD_CCtx* c = m_zstd->compress;
    ZSTD_CCtx_reset(c, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, Level);
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1); // a damaged row is found, never read as another order
    ZSTD_CCtx_refCDict(c, m_zstd->packing.value(m_packWith));
    const size_t n = ZSTD_compress2(c, out.data(), size_t(out.size()), cbor.constData(), size_t(cbor.size()));
    if (ZSTD_isError(n))
        return cbor; // stored as it is: it still reads back
    out.truncate(qsizetype(n));
    return out;
}

std::optional<QByteArray> OrderBlob::unpack(const QByteArray& blob, QString* why) const
{
    const auto refuse = [why](const QString& reason) -> std::optional<QByteArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isPacked(blob))
        return blob;
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > 64ULL * 1024 * 1024)
        return refuse(QStringLiteral("a compressed order of unknown size"));
    const unsigned id = neededDictionary(blob);
    ZSTD_DDict* dictionary = m_zstd->unpacking.value(id);
    if (id != 0 && !dictionary)
        return refuse(QStringLiteral("compressed with dictionary %1, which the cache does not hold").arg(id));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t n = dictionary ? ZSTD_decompress_usingDDict(m_zstd->decompress, out.data(), size_t(out.size()),
                                                             blob.constData(), size_t(blob.size()), dictionary)
                                : ZSTD_decompressDCtx(m_zstd->decompress, out.data(), size_t(out.size()),
                                                      blob.constData(), size_t(blob.size()));
    if (ZSTD_isError(n) || n != size)
        return refuse(QStringLiteral("a compressed order that does not decompress: %1")
                          .arg(QString::fromLatin1(ZSTD_getErrorName(n))));
    return out;
}

} // namespace PayDesk
