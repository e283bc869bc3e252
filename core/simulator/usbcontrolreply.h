// What the virtual device answers to one USB control transfer, shared by its USB parts (DFU
// bootloader, Device OS control requests, descriptors) and the attachments that carry it.
#pragma once

#include <QByteArray>

namespace dr::sim {

struct UsbControlReply
{
    // Data: completed (IN data, or the OUT stage accepted); Stall: protocol stall; NoReply: the device
    // does not answer (the host times out); Gone: the device vanished (the host sees it unplugged).
    enum class Kind { Data, Stall, NoReply, Gone } kind = Kind::Data;
    QByteArray data; // IN data (at most wLength bytes)

    static UsbControlReply stall() { return {Kind::Stall, {}}; }
    static UsbControlReply none() { return {Kind::NoReply, {}}; }
    static UsbControlReply gone() { return {Kind::Gone, {}}; }
    static UsbControlReply ok(QByteArray d = {}) { return {Kind::Data, std::move(d)}; }
};

} // namespace dr::sim
