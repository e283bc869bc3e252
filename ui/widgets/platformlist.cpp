#include "widgets/platformlist.h"

#include "platform/platform.h"

#include <QLocale>
#include <QPainter>

namespace dr::ui {

PlatformList::PlatformList(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Platforms"));
    setAccessibleDescription(tr("The kinds of Particle device; choose the one you want to restore."));
    setIconSize(QSize(40, 40));
    setSpacing(2);
    setUniformItemSizes(false);
    setWordWrap(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            Q_EMIT platformChosen(item->data(Qt::UserRole).toInt());
    });
}

QIcon PlatformList::iconFor(const Platform &p)
{
    // A drawn board glyph: the colour tells the generation, the letters the platform; the same
    // facts are in the item's text, so nothing depends on colour alone.
    static const QColor colours[] = {QColor(0x88, 0x88, 0x88), QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x8b, 0x57),
                                     QColor(0xb2, 0x6b, 0x1f), QColor(0x7a, 0x3e, 0xb2)};
    QPixmap pm(80, 80);
    pm.fill(Qt::transparent);
    QPainter g(&pm);
    g.setRenderHint(QPainter::Antialiasing);
    g.setBrush(colours[qBound(0, p.generation, 4)]);
    g.setPen(Qt::NoPen);
    g.drawRoundedRect(QRectF(6, 14, 68, 52), 8, 8);
    g.setBrush(QColor(255, 255, 255, 200));
    for (int i = 0; i < 6; ++i) {
        g.drawRect(QRectF(12 + i * 10, 8, 4, 8));
        g.drawRect(QRectF(12 + i * 10, 64, 4, 8));
    }
    g.setPen(Qt::white);
    QFont f = g.font();
    f.setBold(true);
    f.setPixelSize(22);
    g.setFont(f);
    g.drawText(QRectF(6, 14, 68, 52), Qt::AlignCenter, badgeText(p.displayName));
    g.end();
    // The same picture when selected or active: QIcon would otherwise generate those modes by
    // tinting the pixmap with the highlight colour, which turns the board grey, as if disabled.
    // Only Disabled (unsupported platforms) keeps the generated, greyed-out look.
    QIcon icon;
    for (QIcon::Mode mode : {QIcon::Normal, QIcon::Active, QIcon::Selected})
        for (QIcon::State state : {QIcon::Off, QIcon::On})
            icon.addPixmap(pm, mode, state);
    return icon;
}

QString PlatformList::badgeText(const QString &displayName)
{
    const QStringList words = displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    QString badge = words.first().size() <= 2 ? words.first() : words.first().left(1);
    for (qsizetype i = 1; i < words.size(); ++i)
        badge += words[i].left(1);
    return badge.toUpper();
}

QString PlatformList::connectivityText(const QString &connectivity)
{
    if (connectivity == QLatin1String("wifi"))
        return tr("Wi-Fi");
    if (connectivity == QLatin1String("cellular"))
        return tr("cellular");
    if (connectivity == QLatin1String("wifi+cellular"))
        return tr("Wi-Fi and cellular");
    if (connectivity == QLatin1String("mesh"))
        return tr("mesh");
    return connectivity == QLatin1String("none") || connectivity == QLatin1String("unknown") ? QString() : connectivity;
}

void PlatformList::setPlatforms(const QList<Platform> &platforms)
{
    clear();
    QList<const Platform *> ordered;
    for (const Platform &p : platforms)
        ordered.append(&p);
    // Supported platforms first, newest generation first; the rest after them.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Platform *a, const Platform *b) {
        if (a->supported != b->supported)
            return a->supported;
        return a->generation > b->generation;
    });
    for (const Platform *p : std::as_const(ordered)) {
        QStringList skus;
        for (const DeviceModel &m : p->models)
            skus << m.sku;
        const QString connectivity = connectivityText(p->connectivity);
        const QString models = QLocale().createSeparatedList(skus);
        // Generation (none for Tachyon, which runs no Device OS), connectivity, models: what is known.
        QStringList facts;
        if (p->generation > 0)
            facts << tr("Gen %1").arg(p->generation);
        for (const QString &fact : {connectivity, models})
            if (!fact.isEmpty())
                facts << fact;
        const QString details = facts.join(QStringLiteral(" \u00b7 "));
        QString text = p->displayName + QLatin1Char('\n') + details;
        auto *item = new QListWidgetItem(iconFor(*p), QString(), this);
        item->setData(Qt::UserRole, p->id);
        if (!p->supported) {
            text += QLatin1Char('\n') + tr("Not supported: %1").arg(p->unsupportedReasonText());
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
        item->setText(text);
        item->setToolTip(text);
        item->setData(Qt::AccessibleTextRole, text);
    }
}

int PlatformList::currentPlatformId() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

bool PlatformList::selectPlatform(int platformId)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->data(Qt::UserRole).toInt() == platformId && (it->flags() & Qt::ItemIsEnabled)) {
            setCurrentItem(it);
            return true;
        }
    }
    return false;
}

} // namespace dr::ui
