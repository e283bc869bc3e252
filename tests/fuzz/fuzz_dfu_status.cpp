// libFuzzer target: the DFU GETSTATUS replies a bootloader gives, read by DfuClient. The first byte
// picks the operation (poll until done, a DfuSe SET_ADDRESS_POINTER or ERASE, bringing the device to
// dfuIDLE, GET_COMMANDS, or the bare six-byte parser); the rest is the scripted answers of the
// device (scriptedusbhandle.h). Properties checked: the parser takes exactly six bytes and keeps
// every field; a poll that succeeds ends on status OK in a state that is not busy; the host waits
// at most 5 s per bwPollTimeout and never polls without end; an UPLOAD is always followed by ABORT;
// a DfuSe command is one five-byte DNLOAD of block 0; a refusal always says why.
#include "usb/dfuclient.h"
#include "usb/usberror.h"

#include "scriptedusbhandle.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace dr;

template<typename T>
void refusalSaysWhy(const Result<T> &r)
{
    if (!r && r.error().message.isEmpty())
        std::abort();
}

void parseSix(const QByteArray &bytes)
{
    const auto reply = DfuStatusReply::parse(bytes);
    if (reply.has_value() != (bytes.size() == 6))
        std::abort();
    if (!reply)
        return;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    if (reply->status != p[0] || reply->pollTimeout != (quint32(p[1]) | quint32(p[2]) << 8 | quint32(p[3]) << 16)
        || reply->state != p[4] || reply->iString != p[5])
        std::abort();
}

// What the host did, as the device sees it.
struct HostWatch
{
    QList<quint8> requests; // bRequest of every transfer, in order
    QList<QByteArray> dnloads;

    void observe(const UsbSetup &setup, quint16 length, const QByteArray *out)
    {
        requests.append(setup.bRequest);
        if (!out && setup.bRequest == quint8(DfuRequest::GETSTATUS) && length != 6)
            std::abort();
        if (out && setup.bRequest == quint8(DfuRequest::DNLOAD)) {
            if (setup.wValue != 0)
                std::abort(); // DfuSe commands go in block 0
            dnloads.append(*out);
        }
    }
};

void dfuseCommand(const HostWatch &watch, DfuseCommand command, quint32 address)
{
    if (watch.dnloads.size() != 1 || watch.dnloads[0].size() != 5 || quint8(watch.dnloads[0][0]) != quint8(command))
        std::abort();
    const auto *p = reinterpret_cast<const uchar *>(watch.dnloads[0].constData());
    if ((quint32(p[1]) | quint32(p[2]) << 8 | quint32(p[3]) << 16 | quint32(p[4]) << 24) != address)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 mode = data[0];
    const QByteArrayView script(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (mode % 6 == 5) {
        parseSix(script.toByteArray());
        return 0;
    }

    HostWatch watch;
    fuzz::ScriptedHandle handle(script, [&watch](const UsbSetup &setup, quint16 length, const QByteArray *out) {
        watch.observe(setup, length, out);
    });
    DfuClient client(handle, 0);
    int sleeps = 0;
    client.setSleeper([&sleeps](std::chrono::milliseconds wait) {
        if (wait.count() <= 0 || wait.count() > 5000 || ++sleeps > 100000)
            std::abort();
    });
    const quint32 address = 0x08000000u + quint32(mode) * 0x4000u;
    switch (mode % 6) {
    case 0: {
        const auto r = client.pollUntilDone(QStringLiteral("the fuzz poll"));
        refusalSaysWhy(r);
        if (r) {
            const auto state = DfuState(r->state);
            if (r->status != quint8(DfuStatus::OK) || state == DfuState::dfuERROR || state == DfuState::dfuDNBUSY
                || state == DfuState::dfuDNLOAD_SYNC || state == DfuState::dfuMANIFEST_SYNC)
                std::abort();
        }
        break;
    }
    case 1: {
        const auto r = client.setAddressPointer(address);
        refusalSaysWhy(r);
        dfuseCommand(watch, DfuseCommand::SET_ADDRESS_POINTER, address);
        break;
    }
    case 2: {
        const auto r = client.erasePage(address);
        refusalSaysWhy(r);
        dfuseCommand(watch, DfuseCommand::ERASE, address);
        break;
    }
    case 3:
        refusalSaysWhy(client.ensureIdle());
        break;
    case 4: {
        const auto r = client.getCommands();
        refusalSaysWhy(r);
        // Whenever an UPLOAD went out, ABORT follows it once the UPLOAD succeeded.
        const qsizetype upload = watch.requests.indexOf(quint8(DfuRequest::UPLOAD));
        if (r && (upload < 0 || watch.requests.indexOf(quint8(DfuRequest::ABORT), upload) < 0))
            std::abort();
        break;
    }
    }
    return 0;
}
