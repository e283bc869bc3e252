// udev rules for Particle devices: the installed rule text and a reader that applies rule files to a
// device's attributes. See udevrules.h for the part of the rule language it knows.
#include "doctor/udevrules.h"

#include "platform/platformdatabase.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace dr::udev {

namespace {

QString hex4(quint16 v)
{
    return QString::number(v, 16).rightJustified(4, QLatin1Char('0'));
}

struct Token
{
    QString key;  // "ATTRS{idVendor}", "TAG", ...
    QString name; // the part in braces: "idVendor"; empty when none
    QString op;   // "==", "!=", "=", "+=", "-=", ":="
    QString value;
};

struct Rule
{
    QList<Token> tokens;
    int line = 0;
};

// One rule per logical line (a trailing backslash continues it). Malformed tokens end the line's
// parsing; what was read before them stays, as udev logs and skips the rest.
QList<Rule> parseRules(const QString &content)
{
    QList<Rule> rules;
    const QStringList lines = content.split(QLatin1Char('\n'));
    QString pending;
    int startLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (pending.isEmpty()) startLine = i + 1;
        if (line.endsWith(QLatin1Char('\\'))) {
            pending += line.chopped(1);
            continue;
        }
        line = pending + line;
        pending.clear();
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) continue;
        Rule rule;
        rule.line = startLine;
        qsizetype p = 0;
        const qsizetype n = trimmed.size();
        while (p < n) {
            while (p < n && (trimmed[p].isSpace() || trimmed[p] == QLatin1Char(',')))
                ++p;
            if (p >= n) break;
            Token t;
            const qsizetype keyStart = p;
            while (p < n && (trimmed[p].isLetterOrNumber() || trimmed[p] == QLatin1Char('_')))
                ++p;
            t.key = trimmed.mid(keyStart, p - keyStart);
            if (p < n && trimmed[p] == QLatin1Char('{')) {
                const qsizetype close = trimmed.indexOf(QLatin1Char('}'), p);
                if (close < 0) break;
                t.name = trimmed.mid(p + 1, close - p - 1);
                p = close + 1;
            }
            while (p < n && trimmed[p].isSpace())
                ++p;
            for (const char *op : {"==", "!=", "+=", "-=", ":=", "="}) {
                if (trimmed.mid(p).startsWith(QLatin1String(op))) {
                    t.op = QLatin1String(op);
                    p += qstrlen(op);
                    break;
                }
            }
            while (p < n && trimmed[p].isSpace())
                ++p;
            if (t.key.isEmpty() || t.op.isEmpty() || p >= n || trimmed[p] != QLatin1Char('"')) break;
            ++p;
            QString value;
            while (p < n && trimmed[p] != QLatin1Char('"')) {
                if (trimmed[p] == QLatin1Char('\\') && p + 1 < n) ++p;
                value += trimmed[p++];
            }
            if (p >= n) break;
            ++p; // closing quote
            t.value = value;
            rule.tokens.append(t);
        }
        if (!rule.tokens.isEmpty()) rules.append(rule);
    }
    return rules;
}

bool isMatch(const Token &t)
{
    return t.op == QLatin1String("==") || t.op == QLatin1String("!=");
}

bool compare(const Token &t, const std::optional<QString> &value)
{
    const bool equal = value.has_value() && globMatch(t.value, *value);
    return t.op == QLatin1String("==") ? equal : !equal;
}

std::optional<QString> lookup(const QHash<QString, QString> &map, const QString &key)
{
    const auto it = map.constFind(key);
    return it == map.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

// The keys udev matches against the device or one of its parents (all on the same one).
bool isParentKey(const QString &key)
{
    return key == QLatin1String("SUBSYSTEMS") || key == QLatin1String("ATTRS") ||
           key == QLatin1String("KERNELS") || key == QLatin1String("DRIVERS");
}

bool parentKeyMatches(const Token &t, const DeviceNode &node)
{
    if (t.key == QLatin1String("SUBSYSTEMS")) return compare(t, node.subsystem);
    if (t.key == QLatin1String("KERNELS")) return compare(t, node.kernel);
    if (t.key == QLatin1String("DRIVERS")) return compare(t, node.driver);
    return compare(t, lookup(node.attributes, t.name)); // ATTRS
}

bool ruleMatches(const Rule &rule, const DeviceEvent &event, const RuleOutcome &outcome)
{
    QList<Token> parentKeys;
    for (const Token &t : rule.tokens) {
        if (!isMatch(t)) continue;
        if (isParentKey(t.key)) {
            parentKeys.append(t);
            continue;
        }
        bool ok = false;
        if (t.key == QLatin1String("ACTION"))
            ok = compare(t, event.action);
        else if (t.key == QLatin1String("SUBSYSTEM"))
            ok = compare(t, event.device.subsystem);
        else if (t.key == QLatin1String("KERNEL"))
            ok = compare(t, event.device.kernel);
        else if (t.key == QLatin1String("DRIVER"))
            ok = compare(t, event.device.driver);
        else if (t.key == QLatin1String("ATTR"))
            ok = compare(t, lookup(event.device.attributes, t.name));
        else if (t.key == QLatin1String("ENV")) {
            auto v = lookup(outcome.environment, t.name);
            ok = compare(t, v ? v : lookup(event.device.environment, t.name));
        } else if (t.key == QLatin1String("TAG")) {
            bool any = false;
            for (const QString &tag : outcome.tags)
                any = any || globMatch(t.value, tag);
            ok = t.op == QLatin1String("==") ? any : !any;
        } else {
            ok = false; // PROGRAM, TEST, RESULT, ...: not known here, so not taken as matching
        }
        if (!ok) return false;
    }
    if (parentKeys.isEmpty()) return true;
    QList<const DeviceNode *> chain{&event.device};
    for (const DeviceNode &p : event.parents)
        chain.append(&p);
    for (const DeviceNode *node : chain) {
        bool all = true;
        for (const Token &t : parentKeys)
            all = all && parentKeyMatches(t, *node);
        if (all) return true;
    }
    return false;
}

bool globOne(QStringView p, QStringView v)
{
    while (!p.isEmpty()) {
        const QChar c = p.front();
        if (c == QLatin1Char('*')) {
            for (qsizetype i = 0; i <= v.size(); ++i)
                if (globOne(p.mid(1), v.mid(i))) return true;
            return false;
        }
        if (v.isEmpty()) return false;
        if (c == QLatin1Char('?')) {
            p = p.mid(1);
            v = v.mid(1);
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = p.indexOf(QLatin1Char(']'), 2);
            if (close > 0) {
                QStringView set = p.mid(1, close - 1);
                const bool negate = set.startsWith(QLatin1Char('!')) || set.startsWith(QLatin1Char('^'));
                if (negate) set = set.mid(1);
                bool in = false;
                for (qsizetype i = 0; i < set.size(); ++i) {
                    if (i + 2 < set.size() && set[i + 1] == QLatin1Char('-')) {
                        in = in || (v.front() >= set[i] && v.front() <= set[i + 2]);
                        i += 2;
                    } else {
                        in = in || v.front() == set[i];
                    }
                }
                if (in == negate) return false;
                p = p.mid(close + 1);
                v = v.mid(1);
                continue;
            }
        }
        if (c != v.front()) return false;
        p = p.mid(1);
        v = v.mid(1);
    }
    return v.isEmpty();
}

int directoryRank(const QString &path)
{
    if (path.startsWith(QLatin1String("/etc/")) || path.contains(QLatin1String("/etc/udev/"))) return 0;
    if (path.startsWith(QLatin1String("/run/")) || path.contains(QLatin1String("/run/udev/"))) return 1;
    return 2;
}

} // namespace

QString particleRules(const PlatformDatabase &db)
{
    QList<quint16> ids;
    for (const Platform &p : db.platforms()) {
        if (p.usbVendorId != 0x2b04) continue;
        for (quint16 id : {p.cdcProductId, p.dfuProductId})
            if (id != 0 && !ids.contains(id)) ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    QStringList hex;
    for (quint16 id : ids)
        hex << hex4(id);
    const QString products = hex.join(QLatin1Char('|'));
    QString text;
    text += QStringLiteral(
        "# Device Restore: Particle devices (USB vendor 0x2b04) in every mode, normal and listening mode\n"
        "# (CDC serial) and DFU, for every platform of its platforms.json.\n"
        "# TAG+=\"uaccess\": the person logged in at this computer may open them (systemd-logind sets the\n"
        "# device's ACL; this must run before 73-seat-late.rules). ID_MM_DEVICE_IGNORE: ModemManager leaves\n"
        "# their serial ports alone instead of sending modem commands to a device in listening mode.\n"
        "ACTION==\"remove\", GOTO=\"device_restore_end\"\n");
    text += QStringLiteral("SUBSYSTEM==\"usb\", ATTR{idVendor}==\"2b04\", ATTR{idProduct}==\"%1\", "
                           "TAG+=\"uaccess\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"\n")
                .arg(products);
    text += QStringLiteral("SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"2b04\", ATTRS{idProduct}==\"%1\", "
                           "TAG+=\"uaccess\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"\n")
                .arg(products);
    text += QStringLiteral("LABEL=\"device_restore_end\"\n");
    return text;
}

DeviceEvent DeviceEvent::usbDevice(quint16 vendorId, quint16 productId)
{
    DeviceEvent e;
    e.device.subsystem = QStringLiteral("usb");
    e.device.kernel = QStringLiteral("1-1");
    e.device.driver = QStringLiteral("usb");
    e.device.attributes = {{QStringLiteral("idVendor"), hex4(vendorId)},
                           {QStringLiteral("idProduct"), hex4(productId)}};
    e.device.environment = {{QStringLiteral("DEVTYPE"), QStringLiteral("usb_device")}};
    return e;
}

DeviceEvent DeviceEvent::serialPort(quint16 vendorId, quint16 productId, const QString &kernel)
{
    DeviceEvent e;
    e.device.subsystem = QStringLiteral("tty");
    e.device.kernel = kernel;
    DeviceNode interface;
    interface.subsystem = QStringLiteral("usb");
    interface.kernel = QStringLiteral("1-1:1.0");
    interface.driver = QStringLiteral("cdc_acm");
    interface.attributes = {{QStringLiteral("bInterfaceClass"), QStringLiteral("02")}};
    DeviceNode device = usbDevice(vendorId, productId).device;
    e.parents = {interface, device};
    return e;
}

QList<RuleFile> effectiveOrder(const QList<RuleFile> &files)
{
    QHash<QString, RuleFile> byName;
    for (const RuleFile &f : files) {
        const QString name = QFileInfo(f.path).fileName();
        const auto it = byName.constFind(name);
        if (it == byName.constEnd() || directoryRank(f.path) < directoryRank(it->path))
            byName.insert(name, f);
    }
    QStringList names = byName.keys();
    std::sort(names.begin(), names.end());
    QList<RuleFile> out;
    for (const QString &n : names)
        out.append(byName.value(n));
    return out;
}

RuleOutcome apply(const QList<RuleFile> &files, const DeviceEvent &event)
{
    RuleOutcome out;
    for (const RuleFile &file : files) {
        const QString fileName = QFileInfo(file.path).fileName();
        const bool afterSeatLate = fileName > QLatin1String(kSeatLateRuleFile);
        QString gotoLabel;
        for (const Rule &rule : parseRules(file.content)) {
            if (!gotoLabel.isEmpty()) {
                bool isLabel = false;
                for (const Token &t : rule.tokens)
                    isLabel = isLabel || (t.key == QLatin1String("LABEL") && t.value == gotoLabel);
                if (!isLabel) continue;
                gotoLabel.clear();
            }
            if (!ruleMatches(rule, event, out)) continue;
            for (const Token &t : rule.tokens) {
                if (isMatch(t)) continue;
                if (t.key == QLatin1String("TAG")) {
                    if (t.op == QLatin1String("-=")) {
                        out.tags.removeAll(t.value);
                        continue;
                    }
                    if (t.op == QLatin1String("=") || t.op == QLatin1String(":=")) out.tags.clear();
                    if (!out.tags.contains(t.value)) out.tags.append(t.value);
                    out.setBy.insert(QStringLiteral("TAG:") + t.value, file.path);
                    if (t.value == QLatin1String("uaccess") && afterSeatLate &&
                        !out.uaccessTooLate.contains(file.path))
                        out.uaccessTooLate.append(file.path);
                } else if (t.key == QLatin1String("ENV")) {
                    out.environment.insert(t.name, t.value);
                    out.setBy.insert(QStringLiteral("ENV:") + t.name, file.path);
                } else if (t.key == QLatin1String("MODE")) {
                    out.mode = t.value;
                    out.setBy.insert(QStringLiteral("MODE"), file.path);
                } else if (t.key == QLatin1String("GROUP")) {
                    out.group = t.value;
                    out.setBy.insert(QStringLiteral("GROUP"), file.path);
                } else if (t.key == QLatin1String("GOTO")) {
                    gotoLabel = t.value;
                }
            }
        }
    }
    return out;
}

bool globMatch(QStringView pattern, QStringView value)
{
    for (QStringView alternative : pattern.split(QLatin1Char('|')))
        if (globOne(alternative, value)) return true;
    return false;
}

bool mentionsParticle(const QString &content)
{
    return content.contains(QLatin1String("2b04"), Qt::CaseInsensitive);
}

} // namespace dr::udev
