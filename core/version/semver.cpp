// Semantic versions (semver 2.0.0): parsing, canonical text and precedence.
#include "version/semver.h"

#include <QHash>

#include <algorithm>

namespace dr {

namespace {

bool isIdentifierChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-';
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// A numeric core part: digits, no leading zero (semver 2.0.0 section 2), fits an int.
std::optional<int> parseCoreNumber(QStringView s)
{
    if (!isDigits(s) || (s.size() > 1 && s.front() == QLatin1Char('0')) || s.size() > 9)
        return std::nullopt;
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// Dot-separated identifiers; pre-release numeric identifiers must not have leading zeros (section 9).
std::optional<QStringList> parseIdentifiers(QStringView s, bool prerelease)
{
    QStringList out;
    for (QStringView id : s.split(QLatin1Char('.'))) {
        if (id.isEmpty())
            return std::nullopt;
        for (QChar c : id)
            if (!isIdentifierChar(c))
                return std::nullopt;
        if (prerelease && isDigits(id) && id.size() > 1 && id.front() == QLatin1Char('0'))
            return std::nullopt;
        out << id.toString();
    }
    return out;
}

// Precedence of two pre-release identifiers (section 11.4): numeric ones compare numerically and
// sort before alphanumeric ones; alphanumeric ones compare in ASCII order.
std::strong_ordering compareIdentifier(const QString &a, const QString &b)
{
    const bool an = isDigits(a), bn = isDigits(b);
    if (an && bn) {
        // No leading zeros, so the longer number is the larger one; this avoids overflow.
        if (a.size() != b.size())
            return a.size() <=> b.size();
        return a.compare(b) <=> 0;
    }
    if (an != bn)
        return an ? std::strong_ordering::less : std::strong_ordering::greater;
    return a.compare(b, Qt::CaseSensitive) <=> 0;
}

} // namespace

SemVer::SemVer(int major, int minor, int patch, QStringList prerelease, QStringList build)
    : m_major(major), m_minor(minor), m_patch(patch), m_prerelease(std::move(prerelease)), m_build(std::move(build))
{
}

std::optional<SemVer> SemVer::parse(QStringView text)
{
    if (text.startsWith(QLatin1Char('v')))
        text = text.mid(1);
    QStringView build;
    if (const qsizetype plus = text.indexOf(QLatin1Char('+')); plus >= 0) {
        build = text.mid(plus + 1);
        text = text.left(plus);
        if (build.isEmpty())
            return std::nullopt;
    }
    QStringView pre;
    bool hasPre = false;
    if (const qsizetype dash = text.indexOf(QLatin1Char('-')); dash >= 0) {
        pre = text.mid(dash + 1);
        text = text.left(dash);
        hasPre = true;
        if (pre.isEmpty())
            return std::nullopt;
    }
    const auto core = text.split(QLatin1Char('.'));
    if (core.size() != 3)
        return std::nullopt;
    const auto major = parseCoreNumber(core[0]), minor = parseCoreNumber(core[1]), patch = parseCoreNumber(core[2]);
    if (!major || !minor || !patch)
        return std::nullopt;
    SemVer v(*major, *minor, *patch);
    if (hasPre) {
        auto ids = parseIdentifiers(pre, true);
        if (!ids)
            return std::nullopt;
        v.m_prerelease = std::move(*ids);
    }
    if (!build.isEmpty()) {
        auto ids = parseIdentifiers(build, false);
        if (!ids)
            return std::nullopt;
        v.m_build = std::move(*ids);
    }
    return v;
}

QString SemVer::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_prerelease.isEmpty())
        s += QLatin1Char('-') + m_prerelease.join(QLatin1Char('.'));
    if (!m_build.isEmpty())
        s += QLatin1Char('+') + m_build.join(QLatin1Char('.'));
    return s;
}

std::strong_ordering operator<=>(const SemVer &a, const SemVer &b)
{
    if (auto c = a.m_major <=> b.m_major; c != 0)
        return c;
    if (auto c = a.m_minor <=> b.m_minor; c != 0)
        return c;
    if (auto c = a.m_patch <=> b.m_patch; c != 0)
        return c;
    // A release ranks above any of its pre-releases (section 11.3).
    if (a.m_prerelease.isEmpty() || b.m_prerelease.isEmpty())
        return a.m_prerelease.isEmpty() <=> b.m_prerelease.isEmpty();
    const qsizetype n = std::min(a.m_prerelease.size(), b.m_prerelease.size());
    for (qsizetype i = 0; i < n; ++i)
        if (auto c = compareIdentifier(a.m_prerelease[i], b.m_prerelease[i]); c != 0)
            return c;
    return a.m_prerelease.size() <=> b.m_prerelease.size();
}

size_t qHash(const SemVer &v, size_t seed)
{
    return qHashMulti(seed, v.major(), v.minor(), v.patch(), v.prerelease());
}

} // namespace dr
