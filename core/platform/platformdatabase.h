// Loads and validates resources/platforms.json: the single source of platform facts.
// A malformed or inconsistent file fails loudly, naming the file and the field.
#pragma once

#include "common/result.h"
#include "platform/platform.h"

#include <QList>

namespace dr {

class PlatformDatabase
{
public:
    static Result<PlatformDatabase> load(const QString &path);
    static Result<PlatformDatabase> fromJson(const QByteArray &json, const QString &sourceName);

    // The database embedded in the program (:/dr/platforms.json). loadBuiltin() is called once at
    // start-up (app, tests); builtin() after that. DEVICE_RESTORE_PLATFORMS=path overrides the file.
    static Result<void> loadBuiltin();
    static const PlatformDatabase &builtin();

    const QList<Platform> &platforms() const { return m_platforms; } // ascending by id
    const Platform *byId(int id) const;
    const Platform *byName(QStringView name) const; // "boron", case-insensitive; also accepts display names
    const Platform *byUsbId(quint16 vendorId, quint16 productId) const; // CDC or DFU product id

private:
    QList<Platform> m_platforms;
};

} // namespace dr
