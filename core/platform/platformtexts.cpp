// The texts of resources/platforms.json that people read in sentences of the GUI: lupdate does not
// read JSON, so they are listed here for it (context dr::PlatformData), and looked up by their
// English text. tst_platformdatabase fails when the built-in database has a text this list lacks.
#include "platform/platform.h"
#include "platform/platformtexts.h"

#include <QCoreApplication>

namespace dr {

namespace {

constexpr const char kContext[] = "dr::PlatformData";

const char *const kTexts[] = {
    // unsupportedReason
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "The Spark Core (Gen 1) is not covered: Particle publishes no restore images for it, its firmware "
                      "is monolithic and it has no module-based Device OS."),
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "The A-SoM was never released to the public; there are no restore images for it."),
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "The X-SoM was never released to the public; there are no restore images for it."),
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "No public release data yet: Particle's restore catalog has no images for the Electron 2, so we "
                      "cannot check what to write."),
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "No public release data: Particle's restore catalog has no images for this platform."),
    QT_TRANSLATE_NOOP("dr::PlatformData",
                      "Tachyon runs Linux, not Device OS: it has no DFU mode and answers no Particle control requests, "
                      "so it is restored with Particle's own Linux tools."),
};

} // namespace

QStringList platformDataTexts()
{
    QStringList out;
    for (const char *t : kTexts)
        out << QString::fromUtf8(t);
    return out;
}

QString translatedPlatformText(const QString &english)
{
    return english.isEmpty() ? english : QCoreApplication::translate(kContext, english.toUtf8().constData());
}

QString Platform::unsupportedReasonText() const
{
    return translatedPlatformText(unsupportedReason);
}

} // namespace dr
