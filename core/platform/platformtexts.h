// Texts of the platform database that people read, translated (see platformtexts.cpp).
#pragma once

#include <QString>
#include <QStringList>

namespace dr {

// Every text platformtexts.cpp lists for the translators, in English.
QStringList platformDataTexts();
// `english` (a text of the platform database) in the installed language; as given when the
// translators have nothing for it.
QString translatedPlatformText(const QString &english);

} // namespace dr
