// SHA-256 of a byte range: OpenSSL's where the build has it (CPU SHA extensions or AVX2), Qt's
// portable one otherwise. Everything that hashes firmware or releases goes through here.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dr {

// The 32-byte digest of `data`.
QByteArray sha256(QByteArrayView data);

// The digests of `data`'s first `prefix` bytes and of all of it, reading the bytes once (with
// OpenSSL; twice with Qt's). A firmware module file's SHA-256 as Device OS computes it (all but the
// last 38 bytes) and the file's own, which the release cache keeps.
struct PrefixAndWholeSha256
{
    QByteArray prefix;
    QByteArray whole;
};
PrefixAndWholeSha256 sha256PrefixAndWhole(QByteArrayView data, qsizetype prefix);

} // namespace dr
