// Qt 6.4's QCryptographicHash uses its own portable SHA-256 (about 100 MB/s here); OpenSSL's is 5-8
// times faster, and libzip already loads libcrypto, so it costs no extra library at start-up.
// Opening a bundle, verifying a download and storing it in the cache each hash every byte.
#include "common/sha256.h"

#include <QCryptographicHash>

#if defined(DR_HAVE_OPENSSL_SHA256)
#include <openssl/sha.h>
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

} // namespace dr
