// The platforms of the database as a list a person can pick from: name, models, generation and
// connectivity; platforms this tool cannot restore stay visible but disabled, with the reason.
#pragma once

#include <QListWidget>

namespace dr {
struct Platform;
}

namespace dr::ui {

class PlatformList : public QListWidget
{
    Q_OBJECT

public:
    explicit PlatformList(QWidget *parent = nullptr);

    void setPlatforms(const QList<dr::Platform> &platforms);
    int currentPlatformId() const; // -1 when none
    bool selectPlatform(int platformId);

    // The letters on a platform's board glyph, from its display name: the first two letters of a
    // one-word name ("Boron" BO, "P2" P2), else the first word when short, or its initial, followed
    // by the initials of the other words ("Tracker M" TM, "B5 SoM" B5S, "Electron 2" E2).
    static QString badgeText(const QString &displayName);

Q_SIGNALS:
    void platformChosen(int platformId);

private:
    static QIcon iconFor(const dr::Platform &p);
    static QString connectivityText(const QString &connectivity); // "wifi" -> "Wi-Fi"; empty when unknown
};

} // namespace dr::ui
