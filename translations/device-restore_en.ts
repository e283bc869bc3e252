<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dr::Doctor</name>
    <message numerus="yes">
        <location filename="../core/doctor/doctor.cpp" line="303"/>
        <source>%n Particle device(s) connected, all usable.</source>
        <translation>
            <numerusform>%n Particle device connected, usable.</numerusform>
            <numerusform>%n Particle devices connected, all usable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::DevicePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/devicepage.cpp" line="279"/>
        <source>%n devices are attached: choose the one to restore.</source>
        <translation>
            <numerusform>%n device is attached: choose it to restore.</numerusform>
            <numerusform>%n devices are attached: choose the one to restore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::DoctorDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/doctordialog.cpp" line="151"/>
        <source>%n thing(s) on this computer need attention.</source>
        <translation>
            <numerusform>%n thing on this computer needs attention.</numerusform>
            <numerusform>%n things on this computer need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::DownloadPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="91"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="63"/>
        <source>&amp;Write %n module(s) to device %1</source>
        <translation>
            <numerusform>&amp;Write %n module to device %1</numerusform>
            <numerusform>&amp;Write %n modules to device %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="65"/>
        <source>Write %n module(s) to device %1</source>
        <comment>accessible name</comment>
        <translation>
            <numerusform>Write %n module to device %1</numerusform>
            <numerusform>Write %n modules to device %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="84"/>
        <source>%n write(s), %1 in all.</source>
        <translation>
            <numerusform>%n write, %1 in all.</numerusform>
            <numerusform>%n writes, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="87"/>
        <source>The restore runs in %n stage(s).</source>
        <translation>
            <numerusform>The restore runs in %n stage.</numerusform>
            <numerusform>The restore runs in %n stages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::RestorePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="131"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="220"/>
        <source>No bytes have moved for %n second(s). Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</source>
        <translation>
            <numerusform>No bytes have moved for %n second. Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</numerusform>
            <numerusform>No bytes have moved for %n seconds. Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::StationStatusText</name>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="63"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="91"/>
        <source>%n module(s), every check passed</source>
        <translation>
            <numerusform>%n module, every check passed</numerusform>
            <numerusform>%n modules, every check passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="92"/>
        <source>%n module(s), %1 with a failed check</source>
        <translation>
            <numerusform>%n module, %1 with a failed check</numerusform>
            <numerusform>%n modules, %1 with a failed check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::VersionPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="357"/>
        <source>%n release(s) downloaded on this computer.</source>
        <translation>
            <numerusform>%n release downloaded on this computer.</numerusform>
            <numerusform>%n releases downloaded on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="460"/>
        <source>The downloaded Device OS binaries (the default): %n module(s).</source>
        <translation>
            <numerusform>The downloaded Device OS binaries (the default): %n module.</numerusform>
            <numerusform>The downloaded Device OS binaries (the default): %n modules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="461"/>
        <source>%n module(s) found.</source>
        <translation>
            <numerusform>%n module found.</numerusform>
            <numerusform>%n modules found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="463"/>
        <source>%n other file(s) are not modules.</source>
        <translation>
            <numerusform>%n other file is not a module.</numerusform>
            <numerusform>%n other files are not modules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="516"/>
        <source>Not usable: the file holds %n module(s), not one.</source>
        <translation>
            <numerusform>Not usable: the file holds %n modules, not one.</numerusform>
            <numerusform>Not usable: the file holds %n modules, not one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="623"/>
        <source>To download: at least %1 (Device OS %2; %n file(s) did not say their size).</source>
        <translation>
            <numerusform>To download: at least %1 (Device OS %2; %n file did not say its size).</numerusform>
            <numerusform>To download: at least %1 (Device OS %2; %n files did not say their size).</numerusform>
        </translation>
    </message>
</context>
</TS>
