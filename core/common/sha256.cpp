// Qt 6.4's QCryptographicHash uses its own portable SHA-256 (about 100 MB/s here); OpenSSL's is 5-8
// times faster, and libzip already loads libcrypto, so it costs no extra library at start-up.
// Opening a bundle, verifying a download and storing it in the cache each hash every byte.
#include "common/sha256.h"

#include <QCryptographicHash>

#include <algorithm>

#if defined(DR_HAVE_OPENSSL_SHA256)
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <memory>
#endif

namespace dr {

QByteArray sha256(QByteArrayView data)
{
#if defined(DR_HAVE_OPENSSL_SHA256)
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
#else
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
#endif
}

PrefixAndWholeSha256 sha256PrefixAndWhole(QByteArrayView data, qsizetype prefix)
{
    prefix = std::clamp<qsizetype>(prefix, 0, data.size());
#if defined(DR_HAVE_OPENSSL_SHA256)
    using Ctx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
    Ctx whole(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    Ctx head(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray a(SHA256_DIGEST_LENGTH, Qt::Uninitialized), b(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    // The state after the prefix is copied: one digest ends there, the other goes on.
    if (whole && head && EVP_DigestInit_ex(whole.get(), EVP_sha256(), nullptr) == 1
        && EVP_DigestUpdate(whole.get(), data.data(), size_t(prefix)) == 1 && EVP_MD_CTX_copy_ex(head.get(), whole.get()) == 1
        && EVP_DigestFinal_ex(head.get(), reinterpret_cast<unsigned char *>(a.data()), nullptr) == 1
        && EVP_DigestUpdate(whole.get(), data.data() + prefix, size_t(data.size() - prefix)) == 1
        && EVP_DigestFinal_ex(whole.get(), reinterpret_cast<unsigned char *>(b.data()), nullptr) == 1)
        return {a, b};
    // Out of memory for a context: the plain way.
#endif
    return {sha256(data.first(prefix)), sha256(data)};
}

} // namespace dr
