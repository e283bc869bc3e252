// URL building for the published release layout.
#include "catalog/releasesources.h"

#include <QFileInfo>

#include <QStringList>

namespace dr {

Result<ReleaseSources> ReleaseSources::forAddress(const QString &address)
{
    if (address.isEmpty())
        return ReleaseSources::particle();
    QUrl url(address);
    if (url.scheme().isEmpty() || QFileInfo(address).isDir())
        url = QUrl::fromLocalFile(QFileInfo(address).absoluteFilePath());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("file")))
        return makeError(QStringLiteral("catalog.bad-url"),
                         QStringLiteral("'%1' is not an https, http or file address, nor a folder.").arg(address),
                         QStringLiteral("Give the root of a mirror of Particle's layout, e.g. https://mirror.example/particle "
                                        "or a folder holding assets/files/deviceRestore.json."));
    return ReleaseSources::mirror(url);
}

QUrl appendPath(const QUrl &base, const QString &relative)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString tail = relative;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(path + QLatin1Char('/') + tail);
    return url;
}

ReleaseSources ReleaseSources::mirror(const QUrl &root)
{
    ReleaseSources s;
    s.docsBase = root;
    s.binaryBase = appendPath(root, QStringLiteral("v1/firmware/device-os"));
    s.githubBase = QUrl();
    return s;
}

QStringList ReleaseSources::catalogFileNames()
{
    return {QStringLiteral("deviceRestore.json"), QStringLiteral("deviceOsVersions.json"),
            QStringLiteral("versionInfo.json")};
}

QUrl ReleaseSources::catalogFile(const QString &name) const
{
    return appendPath(docsBase, QStringLiteral("assets/files/") + name);
}

QUrl ReleaseSources::restoreFile(const QString &version, const QString &fileName) const
{
    return appendPath(docsBase, QStringLiteral("assets/files/device-restore/%1/%2").arg(version, fileName));
}

QUrl ReleaseSources::binaryFile(const QString &version, const QString &fileName) const
{
    return appendPath(binaryBase, QStringLiteral("v%1/%2").arg(version, fileName));
}

QUrl ReleaseSources::githubFile(const QString &version, const QString &fileName) const
{
    if (githubBase.isEmpty())
        return {};
    return appendPath(githubBase, QStringLiteral("v%1/%2").arg(version, fileName));
}

} // namespace dr
