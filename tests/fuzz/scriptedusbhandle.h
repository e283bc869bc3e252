// For the USB fuzz targets: a UsbDeviceHandle whose control-IN transfers answer with bytes read
// from the fuzz input. Each answer is a 16-bit little-endian length and that many bytes (cut to what
// the host asked for); 0xFFFF is a stalled transfer. An exhausted input is a timeout, so every loop
// of the host ends. Control-OUT transfers succeed. The target sees every transfer first (its
// checks of what the host asks).
#pragma once

#include "usb/usbdevice.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstring>
#include <functional>
#include <utility>

namespace dr::fuzz {

class ScriptedHandle : public UsbDeviceHandle
{
public:
    // Called before every transfer: control-IN with its wLength and no data, control-OUT with its data.
    using Observer = std::function<void(const UsbSetup &, quint16 length, const QByteArray *outData)>;

    explicit ScriptedHandle(QByteArrayView script, Observer observer = {})
        : m_script(script), m_observer(std::move(observer))
    {
    }

    const UsbDeviceInfo &info() const override { return m_info; }

    Result<QByteArray> controlIn(const UsbSetup &setup, quint16 length, UsbTimeout) override
    {
        countTransfer();
        if (m_observer)
            m_observer(setup, length, nullptr);
        if (m_at + 2 > m_script.size())
            return makeError(QStringLiteral("usb.timeout"), QStringLiteral("The transfer timed out."));
        quint16 n = 0;
        std::memcpy(&n, m_script.data() + m_at, 2);
        m_at += 2;
        if (n == 0xFFFF)
            return makeError(QStringLiteral("usb.stall"), QStringLiteral("The device stalled the transfer."));
        const qsizetype take = qMin<qsizetype>(qMin<qsizetype>(n, length), m_script.size() - m_at);
        QByteArray bytes(m_script.data() + m_at, take);
        m_at += take;
        return bytes;
    }

    Result<void> controlOut(const UsbSetup &setup, const QByteArray &data, UsbTimeout) override
    {
        countTransfer();
        if (m_observer)
            m_observer(setup, quint16(data.size()), &data);
        return {};
    }

    Result<QByteArray> configDescriptor() override { return QByteArray(); }
    Result<QString> stringDescriptor(quint8) override { return QString(); }
    Result<void> claimInterface(int) override { return {}; }
    Result<void> setAltSetting(int, int) override { return {}; }
    void releaseInterface(int) override {}

private:
    QByteArrayView m_script;
    Observer m_observer;
    qsizetype m_at = 0;
    UsbDeviceInfo m_info;
};

} // namespace dr::fuzz
