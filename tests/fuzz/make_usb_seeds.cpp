// Writes the seeds of the USB fuzz targets, in the input formats those targets read:
//  - LAYOUT_DIR (fuzz_dfuse_layout): the DfuSe memory string of every DFU alt setting of every
//    platform in resources/platforms.json, plus a protected (erase-only) one;
//  - STATUS_DIR (fuzz_dfu_status): GETSTATUS conversations of a DfuSe command that keeps the device
//    busy then succeeds, one that fails (errWRITE), a stalled GETSTATUS (Gen 2's failure), bringing
//    a device in dfuERROR to dfuIDLE, GET_COMMANDS, and the bare six bytes;
//  - CONTROL_DIR (fuzz_control_replies): whole control-request conversations (INIT, CHECK, RECV) for
//    each typed request: device ID (protobuf and the raw 'P' fallback), system version (raw and
//    service), device mode, module info in the protobuf format of 5.6+, the deprecated one and the
//    JSON text of Gen 2 1.0.x, protection state (and -120 of older Device OS), a firmware update with
//    PENDING polls; the service-reply framing and bare module-info replies.
// Usage: make_usb_seeds LAYOUT_DIR STATUS_DIR CONTROL_DIR
#include "platform/platformdatabase.h"
#include "usb/controlrequest.h"
#include "usb/particlecontrol.pb.h"
#include "usb/usberror.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <string>

using namespace dr;
using namespace dr::controlframing;

namespace {

QTextStream err(stderr);

bool write(const QDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
        return true;
    err << "cannot write " << f.fileName() << '\n';
    return false;
}

QString safeName(QString s)
{
    for (QChar &c : s)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return s;
}

// One scripted control-IN answer (scriptedusbhandle.h): u16 length + bytes, or 0xFFFF for a stall.
QByteArray answer(const QByteArray &bytes)
{
    QByteArray out(2, '\0');
    out[0] = char(bytes.size() & 0xFF);
    out[1] = char((bytes.size() >> 8) & 0xFF);
    return out + bytes;
}
QByteArray stall()
{
    return QByteArray(2, char(0xFF));
}

QByteArray status(DfuStatus s, DfuState state, quint32 pollMs = 0)
{
    QByteArray six(6, '\0');
    six[0] = char(s);
    six[1] = char(pollMs & 0xFF);
    six[2] = char((pollMs >> 8) & 0xFF);
    six[3] = char((pollMs >> 16) & 0xFF);
    six[4] = char(state);
    return six;
}

bool layoutSeeds(const QDir &out)
{
    bool ok = true;
    const QByteArray range("\x00\x00\x00\x00\x00\x40\x00\x00", 8); // start of the layout, 16 KiB
    for (const Platform &p : PlatformDatabase::builtin().platforms())
        for (const DfuAltSetting &alt : p.dfuAlts)
            ok &= write(out, safeName(QStringLiteral("%1-alt%2").arg(p.name).arg(alt.alt)), range + alt.layout.toLatin1());
    ok &= write(out, QStringLiteral("protected"),
                QByteArray("\x00\x10\x00\x00\x00\x00\x01\x00", 8) + "@Internal Flash   /0x00000000/01*028Kb,01*004Kb,125*004Kb");
    ok &= write(out, QStringLiteral("two-blocks"),
                QByteArray("\x00\x80\x00\x00\x00\x00\x02\x00", 8) + "@Flash /0x08000000/04*016Ka,01*064Kg/0x08020000/02*128Kg");
    return ok;
}

bool statusSeeds(const QDir &out)
{
    const QByteArray busy = answer(status(DfuStatus::OK, DfuState::dfuDNBUSY, 20));
    const QByteArray idle = answer(status(DfuStatus::OK, DfuState::dfuDNLOAD_IDLE));
    bool ok = true;
    ok &= write(out, QStringLiteral("poll-busy-then-idle"), QByteArray(1, '\0') + busy + busy + idle);
    ok &= write(out, QStringLiteral("set-address"), QByteArray(1, '\1') + busy + idle);
    ok &= write(out, QStringLiteral("erase-errwrite"),
                QByteArray(1, '\2') + busy + answer(status(DfuStatus::errWRITE, DfuState::dfuERROR)));
    ok &= write(out, QStringLiteral("erase-stalled"), QByteArray(1, '\2') + stall() + idle);
    ok &= write(out, QStringLiteral("ensure-idle-from-error"),
                QByteArray(1, '\3') + answer(status(DfuStatus::errUNKNOWN, DfuState::dfuERROR))
                    + answer(status(DfuStatus::OK, DfuState::dfuIDLE)));
    ok &= write(out, QStringLiteral("get-commands"),
                QByteArray(1, '\4') + answer(status(DfuStatus::OK, DfuState::dfuIDLE))
                    + answer(QByteArray("\x00\x21\x41\x92", 4)));
    ok &= write(out, QStringLiteral("six-bytes"), QByteArray(1, '\5') + status(DfuStatus::OK, DfuState::dfuIDLE, 5));
    return ok;
}

// INIT -> OK with id, CHECK -> OK with the reply's size and result, RECV -> the reply.
QByteArray conversation(const QByteArray &reply, qint32 result = 0, bool pending = false, quint16 id = 1)
{
    QByteArray s;
    if (pending) {
        s += answer(encodeReply({Pending, id, std::nullopt, std::nullopt}));
        s += answer(encodeReply({Pending, id, std::nullopt, std::nullopt}));
        s += answer(encodeReply({Ok, id, std::nullopt, std::nullopt}));
    } else {
        s += answer(encodeReply({Ok, id, std::nullopt, std::nullopt}));
    }
    s += answer(encodeReply({Ok, id, reply.isEmpty() ? std::nullopt : std::optional<quint32>(reply.size()), result}));
    if (!reply.isEmpty())
        s += answer(reply);
    return s;
}

template<typename M>
QByteArray bytes(const M &message)
{
    return QByteArray::fromStdString(message.SerializeAsString());
}

QByteArray moduleInfoNew()
{
    pb::GetModuleInfoReply r;
    auto *m = r.add_modules();
    m->set_type(2); // bootloader function code
    m->set_index(0);
    m->set_version(1200);
    m->set_size(41000);
    m->set_max_size(49152);
    m->set_checked_flags(0x0E);
    m->set_passed_flags(0x0E);
    m->set_hash(std::string(32, '\x11'));
    auto *s = r.add_modules();
    s->set_type(4); // system part
    s->set_index(1);
    s->set_version(5900);
    s->set_size(700000);
    s->set_checked_flags(0x0E);
    s->set_passed_flags(0x0A);
    auto *d = s->add_dependencies();
    d->set_type(2);
    d->set_index(0);
    d->set_version(1200);
    return bytes(r);
}

QByteArray moduleInfoDeprecated()
{
    pb::GetModuleInfoReply r;
    auto *m = r.add_modules_deprecated();
    m->set_type(2); // SYSTEM_PART
    m->set_index(1);
    m->set_version(2200);
    m->set_size(260000);
    m->set_validity(0);
    auto *d = m->add_dependencies();
    d->set_type(1);
    d->set_index(0);
    d->set_version(1100);
    auto *u = r.add_modules_deprecated();
    u->set_type(3); // USER_PART
    u->set_index(1);
    u->set_version(6);
    u->set_size(9000);
    u->set_validity(2); // dependencies failed
    return bytes(r);
}

bool controlSeeds(const QDir &out)
{
    auto seed = [](int mode, quint8 selector, const QByteArray &script) {
        return QByteArray(1, char(mode)) + QByteArray(1, char(selector)) + script;
    };
    pb::GetDeviceIdReply id;
    id.set_id("e00fce68aabbccddeeff0011");
    pb::GetSystemVersionReply version;
    version.set_version("5.9.0");
    pb::GetDeviceModeReply mode;
    mode.set_mode(1);
    pb::GetProtectedStateReply protectedState;
    protectedState.set_state(true);
    pb::StartFirmwareUpdateReply start;
    start.set_chunk_size(1024);

    bool ok = true;
    ok &= write(out, QStringLiteral("device-id"), seed(0, 1, conversation(bytes(id))));
    ok &= write(out, QStringLiteral("device-id-raw-fallback"),
                seed(0, 0, answer(encodeReply({Ok, 1, std::nullopt, std::nullopt}))
                               + answer(encodeReply({Ok, 1, std::nullopt, -120}))
                               + answer("3A001C000E47343432313031")));
    ok &= write(out, QStringLiteral("system-version-raw"), seed(1, 0, answer("2.2.0")));
    ok &= write(out, QStringLiteral("system-version-service"), seed(1, 1, answer({}) + conversation(bytes(version))));
    ok &= write(out, QStringLiteral("device-mode"), seed(2, 2, conversation(bytes(mode))));
    ok &= write(out, QStringLiteral("module-info-5.6"), seed(3, 1, conversation(moduleInfoNew())));
    ok &= write(out, QStringLiteral("module-info-deprecated"), seed(3, 0, conversation(moduleInfoDeprecated())));
    const QByteArray json("{\"m\":[{\"s\":262144,\"l\":\"m\",\"vc\":30,\"vv\":30,\"f\":\"s\",\"n\":\"1\",\"v\":100,"
                          "\"d\":[]}]}");
    ok &= write(out, QStringLiteral("module-info-json-1.0"), seed(3, 0, conversation(json)));
    ok &= write(out, QStringLiteral("protection-on"), seed(4, 1, conversation(bytes(protectedState))));
    ok &= write(out, QStringLiteral("protection-unsupported"), seed(4, 0, conversation({}, -120)));
    // 250 (chunk size 1024), one 253 for the 1000-byte file of selector 0 (INIT pending), 251; on
    // the P2 (selector 2) three 253s for its 2800 bytes.
    ok &= write(out, QStringLiteral("firmware-update"),
                seed(5, 0, conversation(bytes(start)) + conversation({}, 0, true, 2) + conversation({}, 0, false, 3)));
    ok &= write(out, QStringLiteral("firmware-update-rtl872x"),
                seed(5, 2, conversation(bytes(start)) + conversation({}, 0, false, 2) + conversation({}, 0, false, 3)
                               + conversation({}, 0, false, 4) + conversation({}, 0, false, 5)));
    ok &= write(out, QStringLiteral("request-busy"), seed(6, 3, answer(encodeReply({Busy, std::nullopt, std::nullopt, std::nullopt}))));
    ok &= write(out, QStringLiteral("framing"), seed(7, 0, encodeReply({Ok, 7, 12, -1})));
    ok &= write(out, QStringLiteral("bare-module-info"), seed(8, 4, moduleInfoNew()));
    ok &= write(out, QStringLiteral("bare-module-info-json"), seed(8, 0, json));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        err << "usage: make_usb_seeds LAYOUT_DIR STATUS_DIR CONTROL_DIR\n";
        return 2;
    }
    if (!PlatformDatabase::loadBuiltin()) {
        err << "cannot load the built-in platform table\n";
        return 1;
    }
    QDir layout(QString::fromLocal8Bit(argv[1]));
    QDir status(QString::fromLocal8Bit(argv[2]));
    QDir control(QString::fromLocal8Bit(argv[3]));
    if (!layout.mkpath(QStringLiteral(".")) || !status.mkpath(QStringLiteral(".")) || !control.mkpath(QStringLiteral("."))) {
        err << "cannot create the seed folders\n";
        return 1;
    }
    return layoutSeeds(layout) && statusSeeds(status) && controlSeeds(control) ? 0 : 1;
}
