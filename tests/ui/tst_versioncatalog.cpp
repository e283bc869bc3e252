// The version page with Particle's release catalog (offscreen): the catalog's versions for a platform
// with their labels from a file:// copy of the published layout built from the real corpus,
// pre-releases hidden until asked, downloaded releases marked; a release not downloaded yet fetched
// from the local HTTP test server with visible progress before the plan, which then uses it; an
// offline start from the kept catalog with its notice; a 404 and a stopped download ending in a
// clear message with nothing kept; the demo without any catalog on the local binaries; removing the
// downloaded releases from the settings. Never any address but 127.0.0.1 and file://.
#include "catalog/releasecache.h"
#include "dialogs/settingsdialog.h"
#include "pages/devicepage.h"
#include "pages/planpage.h"
#include "pages/platformpage.h"
#include "pages/versionpage.h"
#include "platform/platformdatabase.h"
#include "restore/releaseservice.h"
#include "restorewizard.h"
#include "support/corpus.h"
#include "support/httptestserver.h"
#include "support/releaselayout.h"
#include "support/wizardtesting.h"
#include "version/deviceosversions.h"
#include "widgets/downloadpanel.h"
#include "widgets/planview.h"
#include "widgets/platformlist.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::ui;
using dr::test::HttpTestServer;

namespace {
SemVer v(const char *text)
{
    return *SemVer::parse(QString::fromLatin1(text));
}
constexpr int Boron = 13;
} // namespace

class TestVersionCatalog : public QObject
{
    Q_OBJECT

    std::optional<FirmwareBundle> m_corpus;
    QTemporaryDir m_layoutDir;
    std::optional<test::ReleaseLayout> m_layout;
    std::optional<ReleaseCatalog> m_catalog; // the layout's catalog, read directly
    std::unique_ptr<QTemporaryDir> m_cacheDir;

    static DownloadPolicy policy()
    {
        DownloadPolicy p;
        p.stallTimeoutMs = 2000;
        p.retryDelayMs = 10;
        p.maxAttempts = 2;
        return p;
    }
    std::unique_ptr<ReleaseService> service(const ReleaseSources &sources) const
    {
        return std::make_unique<ReleaseService>(m_cacheDir->path(), sources, policy());
    }
    static VersionPage *versionPage(RestoreWizard &w)
    {
        return qobject_cast<VersionPage *>(w.page(RestoreWizard::VersionPageId));
    }
    // The wizard on the version page for the Boron, its releases listed.
    static void openVersionPage(RestoreWizard &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.catalogState() != RestoreWizard::CatalogState::Loading, 20000);
        QVERIFY(qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId))->list()->selectPlatform(Boron));
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
    }
    static QListWidgetItem *item(QListWidget *list, const QString &version)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == version)
                return list->item(i);
        return nullptr;
    }
    static QStringList listed(QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->data(Qt::UserRole).toString();
        return out;
    }
    static QStringList names(const QList<const CatalogVersion *> &versions)
    {
        QStringList out;
        for (const CatalogVersion *c : versions)
            out << c->version.toString();
        return out;
    }
    // Boron 2.2.0 put in the cache the way a download would, with the layout's catalog kept.
    void cacheBoron220(const QDateTime &catalogFetchedAt, const QUrl &catalogSource)
    {
        ReleaseCache cache(m_cacheDir->path());
        const QString files = m_layout->path(QStringLiteral("assets/files"));
        QByteArray bytes[3];
        const QStringList catalogFiles = ReleaseSources::catalogFileNames();
        for (int i = 0; i < 3; ++i) {
            QFile f(files + QLatin1Char('/') + catalogFiles[i]);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes[i] = f.readAll();
        }
        QVERIFY(cache.storeCatalog(bytes[0], bytes[1], bytes[2], catalogSource, catalogFetchedAt).ok());
        auto release = m_catalog->release(Boron, v("2.2.0"), m_layout->sources());
        QVERIFY(release.ok());
        auto added = cache.addRelease(*m_catalog, *release, test::fetchFromFolder(*release));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
    }
    bool cached(int platformId, const SemVer &version) const
    {
        return ReleaseCache(m_cacheDir->path()).contains(platformId, version);
    }
    std::unique_ptr<sim::SimulatedFleet> fleet(const QString &spec) { return test::makeFleet(spec, *m_corpus); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PlatformDatabase::loadBuiltin().ok());
        QVERIFY(DeviceOsVersionTable::loadBuiltin().ok());
        QCoreApplication::setOrganizationName(QStringLiteral("DeviceRestoreCatalogTests"));
        auto b = FirmwareBundle::open(test::corpusDir());
        QVERIFY2(b.ok(), qPrintable(test::corpusMissingMessage()));
        m_corpus = std::move(*b);
        auto layout = test::buildReleaseLayout(m_layoutDir.path(), {QStringLiteral("boron")});
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().text()));
        m_layout = *layout;
        // The corpus's Boron releases (1.5.0 to 2.2.0) are all final and none is Particle's default
        // (that is 6.3.x): for these tests 2.1.0 is a developer preview and 2.0.0 the default.
        QFile versions(m_layout->path(QStringLiteral("assets/files/deviceOsVersions.json")));
        QVERIFY(versions.open(QIODevice::ReadOnly));
        QJsonArray list = QJsonDocument::fromJson(versions.readAll()).array();
        versions.close();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject o = list[i].toObject();
            if (o.value(QLatin1String("version")).toString() == QLatin1String("2.1.0"))
                o.insert(QStringLiteral("release_state"), QStringLiteral("preview"));
            if (o.value(QLatin1String("version")).toString() == QLatin1String("2.0.0"))
                o.insert(QStringLiteral("default_platforms"), QJsonArray{Boron});
            list[i] = o;
        }
        QVERIFY(versions.open(QIODevice::WriteOnly | QIODevice::Truncate));
        versions.write(QJsonDocument(list).toJson());
        versions.close();
        auto catalog = ReleaseCatalog::loadFolder(m_layout->root);
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().text()));
        m_catalog = *catalog;
    }
    void init()
    {
        QSettings().clear();
        m_cacheDir = std::make_unique<QTemporaryDir>();
    }

    void listsTheCatalogsVersionsWithTheirLabels()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(m_layout->sources()); // file://
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        QCOMPARE(w.catalogState(), RestoreWizard::CatalogState::Ready);
        QVERIFY(vp->usesCatalog());
        QVERIFY(vp->catalogSource()->isChecked());
        QCOMPARE(listed(vp->versions()), names(m_catalog->versionsFor(Boron)));
        const QString recommended = m_catalog->particleDefault(Boron)->toString();
        const QString latest = m_catalog->latest(Boron)->toString();
        QVERIFY2(item(vp->versions(), recommended)->text().contains(QLatin1String("recommended by Particle")),
                 qPrintable(item(vp->versions(), recommended)->text()));
        QVERIFY2(item(vp->versions(), latest)->text().contains(QLatin1String("latest")),
                 qPrintable(item(vp->versions(), latest)->text()));
        for (int i = 0; i < vp->versions()->count(); ++i) {
            const QListWidgetItem *it = vp->versions()->item(i);
            const bool lts = m_catalog->version(*SemVer::parse(it->data(Qt::UserRole).toString()))->lts();
            QCOMPARE(it->text().contains(QLatin1String("LTS")), lts);
            QVERIFY(!it->text().contains(QLatin1String("downloaded")));
        }
        // The device plugged in says it runs 1.5.2.
        QTRY_VERIFY_WITH_TIMEOUT(item(vp->versions(), QStringLiteral("1.5.2"))
                                     && item(vp->versions(), QStringLiteral("1.5.2"))->text().contains(QLatin1String("on the device")),
                                 5000);
        // Particle's recommendation is chosen to start with.
        QCOMPARE(vp->versions()->currentItem()->data(Qt::UserRole).toString(), recommended);
        QVERIFY(vp->isComplete());
    }

    void preReleasesStayHiddenUntilAsked()
    {
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(m_layout->sources());
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        const QStringList all = names(m_catalog->versionsFor(Boron, true));
        const QStringList final = names(m_catalog->versionsFor(Boron, false));
        QVERIFY2(all.size() > final.size(), "the layout's catalog holds no Boron pre-release to hide");
        QCOMPARE(listed(vp->versions()), final);
        vp->showPrereleases()->setChecked(true);
        QCOMPARE(listed(vp->versions()), all);
        for (const QString &name : all)
            if (!final.contains(name))
                QVERIFY2(item(vp->versions(), name)->text().contains(QLatin1String("pre-release")), qPrintable(name));
    }

    void marksTheDownloadedReleases()
    {
        cacheBoron220(QDateTime::currentDateTimeUtc(), m_layout->rootUrl);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(m_layout->sources());
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        for (int i = 0; i < vp->versions()->count(); ++i) {
            const QListWidgetItem *it = vp->versions()->item(i);
            const bool is220 = it->data(Qt::UserRole).toString() == QLatin1String("2.2.0");
            QCOMPARE(it->data(VersionPage::CachedRole).toBool(), is220);
            QCOMPARE(it->text().contains(QLatin1String("downloaded, ")), is220); // with its size
        }
        QVERIFY(!vp->offlineNotice()->isVisible());
    }

    void theChosenReleaseSaysHowMuchItWillDownloadBeforeDownloading()
    {
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        server.clearRequests();
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        QVERIFY(vp->downloadSize()->isVisible());
        const qint64 bytes = QFileInfo(m_layout->path(QStringLiteral("assets/files/device-restore/2.2.0/boron.zip"))).size()
                             + QFileInfo(m_layout->path(QStringLiteral("assets/files/device-restore/2.2.0/boron.json"))).size();
        const QString expected = QStringLiteral("To download: %1 (Device OS 2.2.0).").arg(QLocale().formattedDataSize(bytes, 1));
        QTRY_COMPARE_WITH_TIMEOUT(vp->downloadSize()->text(), expected, 20000);
        for (const HttpTestServer::Request &r : server.requests())
            QCOMPARE(r.method, QByteArray("HEAD")); // asked, not downloaded
        QVERIFY(!cached(Boron, v("2.2.0")));
        QVERIFY(test::shootIfAsked(w, "2b-version-download-size"));
    }

    void aDownloadedReleaseSaysItNeedsNoNetwork()
    {
        cacheBoron220(QDateTime::currentDateTimeUtc(), m_layout->rootUrl);
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        auto f = fleet(QStringLiteral("boron@2.2.0"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.0.0")));
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        QTRY_COMPARE_WITH_TIMEOUT(vp->downloadSize()->text(),
                                  QStringLiteral("Everything this restore needs is downloaded: no network needed."), 20000);
    }

    void choosingAReleaseNotDownloadedDownloadsItWithProgressThenPlansWithIt()
    {
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        // Slow enough to watch the progress.
        server.setSlowRate(2 * 1024 * 1024);
        server.setFault(QStringLiteral("/assets/files/device-restore/2.2.0/boron.zip"), HttpTestServer::Fault::Slow);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        QVERIFY(!cached(Boron, v("2.2.0")));
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId)); // the download first
        QVERIFY(vp->download()->running());
        QVERIFY(vp->download()->bar()->isVisible());
        QVERIFY(vp->download()->cancelButton()->isVisible());
        QVERIFY(!vp->isComplete());
        // Bytes, rate and time left as they come.
        QTRY_VERIFY_WITH_TIMEOUT(vp->download()->status()->text().contains(QLatin1String("/s")), 20000);
        QVERIFY2(vp->download()->status()->text().contains(QLatin1String(" of ")), qPrintable(vp->download()->status()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(vp->download()->bar()->value() > 0, 20000);
        QVERIFY(test::shootIfAsked(w, "2b-version-downloading"));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::DevicePageId), 60000);
        QVERIFY(cached(Boron, v("2.2.0")));
        QCOMPARE(w.session().target->toString(), QStringLiteral("2.2.0"));

        auto *dp = qobject_cast<DevicePage *>(w.page(RestoreWizard::DevicePageId));
        QTRY_VERIFY_WITH_TIMEOUT(dp->isComplete(), 10000);
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::PlanPageId));
        QVERIFY(!w.session().plan.refused());
        QVERIFY(w.session().plan.flashSteps() > 0);
        const QLabel *summary = qobject_cast<PlanPage *>(w.page(RestoreWizard::PlanPageId))->view()->findChild<QLabel *>();
        QVERIFY2(summary->text().startsWith(QStringLiteral("Boron: Device OS 1.5.2 \u2192 2.2.0.")), qPrintable(summary->text()));
        // Its modules are the downloaded ones, from the cache.
        int fromCache = 0;
        for (const PlanStep &s : w.session().plan.steps)
            if (s.source) {
                QVERIFY2(QDir::cleanPath(s.source->filePath).startsWith(QDir::cleanPath(m_cacheDir->path())),
                         qPrintable(s.source->filePath));
                ++fromCache;
            }
        QVERIFY(fromCache > 0);
    }

    void anOfflineStartShowsTheDownloadedReleasesAndSaysSo()
    {
        HttpTestServer gone(m_layout->root);
        QVERIFY(gone.start());
        const QUrl url = gone.baseUrl();
        gone.stop(); // nobody answers there any more
        cacheBoron220(QDateTime::currentDateTimeUtc().addDays(-3), url);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(url));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        QCOMPARE(w.catalogState(), RestoreWizard::CatalogState::Ready);
        QVERIFY(vp->offlineNotice()->isVisible());
        QVERIFY2(vp->offlineNotice()->text().startsWith(QLatin1String("Offline: showing the releases downloaded on ")),
                 qPrintable(vp->offlineNotice()->text()));
        QListWidgetItem *downloaded = item(vp->versions(), QStringLiteral("2.2.0"));
        QVERIFY(downloaded && downloaded->data(VersionPage::CachedRole).toBool());
        QVERIFY(item(vp->versions(), QStringLiteral("1.5.2"))->text().contains(QLatin1String("needs the network")));
        QVERIFY(test::shootIfAsked(w, "2c-version-offline"));
        // The downloaded one goes on to the device page without the network.
        vp->versions()->setCurrentItem(downloaded);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(RestoreWizard::DevicePageId), 20000);
    }

    void aFailedDownloadSaysWhatFailedAndKeepsNothing()
    {
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        server.setFault(QStringLiteral("/assets/files/device-restore/2.2.0/boron.zip"), HttpTestServer::Fault::NotFound);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(vp->download()->error()->isVisible(), 20000);
        const QString text = vp->download()->error()->text();
        QVERIFY2(text.startsWith(QLatin1String("Download failed: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("boron.zip")) && text.contains(QLatin1String("404")), qPrintable(text));
        QVERIFY(!vp->download()->bar()->isVisible());
        QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
        QVERIFY(vp->versions()->isEnabled());
        QVERIFY(vp->isComplete()); // another try, or another version
        QVERIFY(!cached(Boron, v("2.2.0")));
        QVERIFY(test::shootIfAsked(w, "2d-version-download-failed"));
    }

    void aDownloadCanBeStoppedAndNothingIsKept()
    {
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        server.setSlowRate(64 * 1024);
        server.setFault(QStringLiteral("/assets/files/device-restore/2.2.0/boron.zip"), HttpTestServer::Fault::Slow);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(vp->download()->status()->text().contains(QLatin1String(" of ")), 20000);
        QTest::mouseClick(vp->download()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(vp->download()->error()->isVisible(), 20000);
        QVERIFY2(vp->download()->error()->text().startsWith(QLatin1String("Download stopped.")),
                 qPrintable(vp->download()->error()->text()));
        QCOMPARE(w.currentId(), int(RestoreWizard::VersionPageId));
        QVERIFY(vp->isComplete());
        QVERIFY(!cached(Boron, v("2.2.0")));
    }

    void closingTheWindowDuringADownloadStopsItAndKeepsNothing()
    {
        HttpTestServer server(m_layout->root);
        QVERIFY(server.start());
        server.setSlowRate(64 * 1024);
        server.setFault(QStringLiteral("/assets/files/device-restore/2.2.0/boron.zip"), HttpTestServer::Fault::Slow);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(server.baseUrl()));
        {
            RestoreWizard w(devices, QString(), true, releases.get());
            openVersionPage(w);
            VersionPage *vp = versionPage(w);
            vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
            w.next();
            QTRY_VERIFY_WITH_TIMEOUT(vp->download()->status()->text().contains(QLatin1String("/s")), 20000);
        } // the window goes while the download runs
        QElapsedTimer t;
        t.start();
        releases.reset(); // stops the download and ends its thread
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!cached(Boron, v("2.2.0")));
    }

    void withoutAnyCatalogTheDemoListsTheLocalBinaries()
    {
        QTemporaryDir nothing; // no catalog there, none kept
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(QUrl::fromLocalFile(nothing.path())));
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        VersionPage *vp = versionPage(w);
        QCOMPARE(w.catalogState(), RestoreWizard::CatalogState::Unavailable);
        QVERIFY(!vp->usesCatalog());
        QVERIFY(vp->ownSource()->isChecked());
        QVERIFY(!vp->catalogSource()->isEnabled());
        QVERIFY2(vp->catalogStatus()->text().contains(QLatin1String("could not be loaded, so the Device OS binaries on "
                                                                     "this computer are used instead")),
                 qPrintable(vp->catalogStatus()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(vp->versions()->count() > 0, 20000);
        QStringList corpus;
        for (const SemVer &r : m_corpus->releasesFor(Boron))
            if (!r.isPrerelease())
                corpus << r.toString();
        QCOMPARE(listed(vp->versions()), corpus);
        QVERIFY(test::shootIfAsked(w, "2e-version-no-catalog"));
        vp->versions()->setCurrentItem(item(vp->versions(), QStringLiteral("2.2.0")));
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::DevicePageId));
    }

    void settingsRemoveTheDownloadedReleasesAndSayWhatItFreed()
    {
        cacheBoron220(QDateTime::currentDateTimeUtc(), m_layout->rootUrl);
        const qint64 size = ReleaseCache(m_cacheDir->path()).totalSize();
        QVERIFY(size > 0);
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(m_layout->sources());
        RestoreWizard w(devices, QString(), true, releases.get());
        openVersionPage(w);
        w.showSettings();
        auto *dialog = w.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QPushButton *remove = dialog->removeDownloadsButton();
        const QString sizeText = QLocale().formattedDataSize(size, 1);
        QVERIFY2(remove->text().contains(sizeText), qPrintable(remove->text() + QLatin1String(" / ") + sizeText));
        QVERIFY(test::shootIfAsked(*dialog, "7-settings"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->removeStatus()->text().contains(sizeText + QLatin1String(" freed")), 10000);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!cached(Boron, v("2.2.0")));
        // The version page no longer marks it.
        QTRY_VERIFY(!item(versionPage(w)->versions(), QStringLiteral("2.2.0"))->data(VersionPage::CachedRole).toBool());
        // The catalog address is kept; one that is no address is refused.
        dialog->catalogUrl()->setText(QStringLiteral("ftp://mirror.example/particle"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(SettingsDialog::storedCatalogUrl().isEmpty());
        dialog->catalogUrl()->setText(QStringLiteral("http://127.0.0.1:9/particle")); // nothing answers there
        dialog->accept();
        QCOMPARE(SettingsDialog::storedCatalogUrl(), QStringLiteral("http://127.0.0.1:9/particle"));
        QCOMPARE(releases->sources().docsBase, QUrl(QStringLiteral("http://127.0.0.1:9/particle")));
    }

    void aNewCatalogAddressInTheSettingsListsTheReleasesFromThereAtOnce()
    {
        // No catalog kept, and the address in use answers nothing: the local binaries serve.
        HttpTestServer gone(m_layout->root);
        QVERIFY(gone.start());
        const QUrl url = gone.baseUrl();
        gone.stop();
        auto f = fleet(QStringLiteral("boron@1.5.2"));
        DeviceService devices(f->usb(), 100);
        auto releases = service(ReleaseSources::mirror(url));
        RestoreWizard w(devices, QString(), true, releases.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.catalogState(), RestoreWizard::CatalogState::Unavailable, 20000);
        // The person gives a mirror (here a folder) and presses OK.
        w.showSettings();
        auto *dialog = w.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->catalogUrl()->setText(m_layout->root);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(w.catalogState(), RestoreWizard::CatalogState::Ready, 20000);
        QVERIFY(w.listing() && w.listing()->snapshot.catalog.platform(Boron));
        QVERIFY(qobject_cast<PlatformPage *>(w.page(RestoreWizard::PlatformPageId))->list()->selectPlatform(Boron));
        w.next();
        VersionPage *vp = versionPage(w);
        QVERIFY(vp->usesCatalog());
        QVERIFY(item(vp->versions(), QStringLiteral("2.2.0")));
    }
};

QTEST_MAIN(TestVersionCatalog)
#include "tst_versioncatalog.moc"
