// resources/platforms.json against Particle's own platform data, the npm package
// @particle/device-constants 4.2.1 (installer/fetch-device-constants.sh puts its constants.json in the
// cache): platform ids and names, generation, MCU, USB and DFU ids, the USB quirks, the DFU storage
// alt settings, the former user part segment and the user part's maximum size. Any disagreement fails
// unless device-constants-known-differences.json lists it with its reason; a listed difference that
// no longer occurs fails too, so the list stays true.
#include "platform/platformdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dr;

namespace {

QString constantsPath()
{
    const QString override = qEnvironmentVariable("DEVICE_RESTORE_DEVICE_CONSTANTS");
    if (!override.isEmpty())
        return override + QStringLiteral("/constants.json");
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/device-restore/device-constants-4.2.1/constants.json");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

quint32 hexValue(const QJsonValue &v)
{
    bool ok = false;
    const quint32 n = v.toString().toUInt(&ok, 16);
    return ok ? n : 0;
}

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

// The DfuSe memory name of a device-constants storage type.
QString memoryName(const QString &storageType)
{
    if (storageType == QLatin1String("internalFlash"))
        return QStringLiteral("Internal Flash");
    if (storageType == QLatin1String("externalFlash"))
        return QStringLiteral("External Flash");
    return storageType;
}

} // namespace

class TestDeviceConstants : public QObject
{
    Q_OBJECT

    QJsonObject m_constants;

    // "platform.field: platforms.json says A, device-constants says B", keyed by "platform.field".
    QMap<QString, QString> differences()
    {
        QMap<QString, QString> out;
        auto differ = [&](const Platform &p, const QString &field, const QString &ours, const QString &theirs) {
            if (ours != theirs)
                out.insert(p.name + QLatin1Char('.') + field,
                           QStringLiteral("platforms.json says %1, device-constants says %2").arg(ours, theirs));
        };
        QMap<int, QJsonObject> byId;
        for (const QJsonValue &v : std::as_const(m_constants))
            byId.insert(v.toObject().value(QStringLiteral("id")).toInt(-1), v.toObject());

        for (const Platform &p : PlatformDatabase::builtin().platforms()) {
            if (!byId.contains(p.id)) {
                out.insert(p.name + QStringLiteral(".id"), QStringLiteral("device-constants has no platform %1").arg(p.id));
                continue;
            }
            const QJsonObject c = byId.value(p.id);
            differ(p, QStringLiteral("name"), p.name, c.value(QStringLiteral("name")).toString());
            differ(p, QStringLiteral("generation"), QString::number(p.generation),
                   QString::number(c.value(QStringLiteral("generation")).toInt()));
            differ(p, QStringLiteral("mcu"), p.mcu, c.value(QStringLiteral("baseMcu")).toString());

            const QJsonObject usb = c.value(QStringLiteral("usb")).toObject();
            const QJsonObject dfu = c.value(QStringLiteral("dfu")).toObject();
            differ(p, QStringLiteral("usb.vendorId"), hex(p.usbVendorId), hex(hexValue(usb.value(QStringLiteral("vendorId")))));
            differ(p, QStringLiteral("usb.cdcProductId"), hex(p.cdcProductId), hex(hexValue(usb.value(QStringLiteral("productId")))));
            differ(p, QStringLiteral("usb.dfuProductId"), hex(p.dfuProductId), hex(hexValue(dfu.value(QStringLiteral("productId")))));
            if (p.hasDfu())
                differ(p, QStringLiteral("usb.dfuVendorId"), hex(p.usbVendorId), hex(hexValue(dfu.value(QStringLiteral("vendorId")))));
            const QJsonObject quirks = usb.value(QStringLiteral("quirks")).toObject();
            differ(p, QStringLiteral("controlOutTransfersRequireDataStage"),
                   p.controlOutTransfersRequireDataStage ? QStringLiteral("true") : QStringLiteral("false"),
                   quirks.value(QStringLiteral("controlOutTransfersRequireDataStage")).toBool() ? QStringLiteral("true")
                                                                                                : QStringLiteral("false"));
            differ(p, QStringLiteral("controlRequestsSupported"),
                   p.controlRequestsSupported ? QStringLiteral("true") : QStringLiteral("false"),
                   quirks.value(QStringLiteral("controlRequestsNotSupported")).toBool() ? QStringLiteral("false")
                                                                                        : QStringLiteral("true"));

            // Memories and modules: only for the platforms Device Restore restores (the others carry
            // their ids and names only, see their unsupportedReason).
            if (!p.supported)
                continue;
            // Every DFU storage device-constants names is an alt of the same memory here.
            for (const QJsonValue &sv : dfu.value(QStringLiteral("storage")).toArray()) {
                const QJsonObject storage = sv.toObject();
                const int alt = storage.value(QStringLiteral("alt")).toInt(-1);
                const DfuAltSetting *ours = p.dfuAlt(alt);
                differ(p, QStringLiteral("dfu.alt%1").arg(alt), ours ? ours->name : QStringLiteral("(none)"),
                       memoryName(storage.value(QStringLiteral("type")).toString()));
            }
            // The former 128 KB user part that a 256 KB application must invalidate (reference 5.5).
            const QJsonObject segments = dfu.value(QStringLiteral("segments")).toObject();
            if (segments.contains(QStringLiteral("formerUserPart"))) {
                const quint32 at = hexValue(segments.value(QStringLiteral("formerUserPart")).toObject().value(QStringLiteral("address")));
                QString ours = QStringLiteral("(no user part slot there)");
                for (const ModuleSlot &s : p.slots) {
                    if (s.function == ModuleFunction::UserPart && s.bounds.start == at)
                        ours = hex(s.bounds.start);
                }
                differ(p, QStringLiteral("dfu.formerUserPart"), ours, hex(at));
            }
            // The largest user part.
            for (const QJsonValue &mv : c.value(QStringLiteral("firmwareModules")).toArray()) {
                const QJsonObject m = mv.toObject();
                if (m.value(QStringLiteral("type")).toString() != QLatin1String("userPart"))
                    continue;
                quint32 largest = 0;
                for (const ModuleSlot &s : p.slots) {
                    if (s.function == ModuleFunction::UserPart && s.mcuTarget == 0)
                        largest = std::max(largest, s.bounds.size());
                }
                differ(p, QStringLiteral("userPart.maxSize"), QString::number(largest),
                       QString::number(m.value(QStringLiteral("maxSize")).toInt()));
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        m_constants = readJson(constantsPath());
        QVERIFY2(!m_constants.isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run installer/fetch-device-constants.sh").arg(constantsPath())));
    }

    void platformsJsonAgreesWithParticlesDeviceConstants()
    {
        const QJsonObject known =
            readJson(QStringLiteral(DR_SOURCE_DIR "/tests/platform/device-constants-known-differences.json"));
        QVERIFY(!known.isEmpty());
        QMap<QString, QString> found = differences();
        QStringList stale;
        for (const QJsonValue &v : known.value(QStringLiteral("differences")).toArray()) {
            const QJsonObject k = v.toObject();
            const QString key = k.value(QStringLiteral("field")).toString();
            QVERIFY2(!k.value(QStringLiteral("reason")).toString().isEmpty(), qPrintable(key + QStringLiteral(": no reason given")));
            if (!found.remove(key))
                stale << key;
        }
        QStringList unexplained;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            unexplained << it.key() + QStringLiteral(": ") + it.value();
        QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("\n") + unexplained.join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("listed but no longer different: ") + stale.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestDeviceConstants)
#include "tst_deviceconstants.moc"
