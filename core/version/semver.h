// Semantic versions as Device OS uses them: 2.3.1, 5.0.0-alpha.1, 3.2.1-p2.3, 2.2.0+lto.
// Ordered as semver 2.0.0 orders them (pre-releases before the release; build metadata ignored).
#pragma once

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace dr {

class SemVer
{
public:
    SemVer() = default;
    SemVer(int major, int minor, int patch, QStringList prerelease = {}, QStringList build = {});

    // nullopt when the text is not a semantic version (leading 'v' is accepted: "v2.3.1").
    static std::optional<SemVer> parse(QStringView text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    const QStringList &prerelease() const { return m_prerelease; } // {"alpha","1"}, {"p2","3"}
    const QStringList &build() const { return m_build; }           // {"lto"}
    bool isPrerelease() const { return !m_prerelease.isEmpty(); }

    QString toString() const; // canonical text, with pre-release and build metadata

    // Build metadata does not take part in ordering or equality (semver 2.0.0 section 10).
    friend std::strong_ordering operator<=>(const SemVer &a, const SemVer &b);
    friend bool operator==(const SemVer &a, const SemVer &b) { return (a <=> b) == 0; }

private:
    int m_major = 0, m_minor = 0, m_patch = 0;
    QStringList m_prerelease, m_build;
};

// Consistent with operator==: build metadata is ignored.
size_t qHash(const SemVer &v, size_t seed = 0);

} // namespace dr
