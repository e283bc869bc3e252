// SHA-256 of a byte range: OpenSSL's where the build has it (CPU SHA extensions or AVX2), Qt's
// portable one otherwise. Everything that hashes firmware or releases goes through here.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dr {

// The 32-byte digest of `data`.
QByteArray sha256(QByteArrayView data);

} // namespace dr
