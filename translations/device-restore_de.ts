<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dr::App</name>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Restore Particle devices to a chosen Device OS version.</source>
        <translation>Stellt Particle-Geräte auf eine gewählte Device-OS-Version wieder her.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>Attach virtual devices instead of USB, e.g. boron@1.5.2,photon@2.2.0.</source>
        <translation>Virtuelle Geräte statt USB anschließen, z. B. boron@1.5.2,photon@2.2.0.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173"/>
        <source>PLATFORM@VERSION,...</source>
        <translation>PLATTFORM@VERSION,...</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>Folder or zip of Device OS release binaries.</source>
        <translation>Ordner oder ZIP-Datei mit Device-OS-Release-Binärdateien.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>DIR|ZIP</source>
        <translation>ORDNER|ZIP</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Show the window in this language: %1 (default: the system language, or the one chosen in the settings).</source>
        <translation>Fenster in dieser Sprache anzeigen: %1 (Standard: die Systemsprache oder die in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183"/>
        <source>Open the restore station (many devices, one recipe) instead of the wizard.</source>
        <translation>Die Wiederherstellungsstation (viele Geräte, ein Rezept) statt des Assistenten öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186"/>
        <source>With --station: use the saved recipe of this name.</source>
        <translation>Mit --station: das gespeicherte Rezept dieses Namens verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="187"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="192"/>
        <source>unknown language &apos;%1&apos;.</source>
        <translation>Unbekannte Sprache „%1“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>The virtual devices need Device OS binaries, and none were found. Run installer/fetch-real-binaries.sh (it puts them in ~/.cache/device-restore/real-binaries), or give --bundle with a folder or zip of release binaries.</source>
        <translation>Die virtuellen Geräte brauchen Device-OS-Binärdateien, und es wurden keine gefunden. Führen Sie installer/fetch-real-binaries.sh aus (es legt sie in ~/.cache/device-restore/real-binaries ab), oder geben Sie mit --bundle einen Ordner oder eine ZIP-Datei mit Release-Binärdateien an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>--recipe is for the restore station: give --station too.</source>
        <translation>--recipe gilt für die Wiederherstellungsstation: geben Sie auch --station an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <location filename="../app/main.cpp" line="199"/>
        <source>Device Restore</source>
        <translation>Device Restore</translation>
    </message>
</context>
<context>
    <name>dr::ConsoleCommand</name>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="16"/>
        <source>&apos;i&apos; (device ID)</source>
        <translation>„i“ (Geräte-ID)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="17"/>
        <source>&apos;v&apos; (system version)</source>
        <translation>„v“ (Systemversion)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="18"/>
        <source>&apos;s&apos; (module info)</source>
        <translation>„s“ (Modulinfo)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="19"/>
        <source>&apos;m&apos; (MAC address)</source>
        <translation>„m“ (MAC-Adresse)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="20"/>
        <source>&apos;c&apos; (claimed)</source>
        <translation>„c“ (beansprucht)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="21"/>
        <source>&apos;x&apos; (exit listening mode)</source>
        <translation>„x“ (Listening-Modus verlassen)</translation>
    </message>
</context>
<context>
    <name>dr::ConsoleReplyParser</name>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="93"/>
        <source>Check that the port belongs to a Particle device in listening mode (blinking dark blue), then try again.</source>
        <translation>Prüfen Sie, ob der Port zu einem Particle-Gerät im Listening-Modus (dunkelblau blinkend) gehört, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="176"/>
        <source>The device&apos;s reply to &apos;i&apos; has no valid device ID.</source>
        <translation>Die Antwort des Geräts auf „i“ enthält keine gültige Geräte-ID.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="204"/>
        <source>The device&apos;s reply to &apos;v&apos; has no valid version.</source>
        <translation>Die Antwort des Geräts auf „v“ enthält keine gültige Version.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="226"/>
        <source>The device&apos;s reply to &apos;m&apos; has no valid MAC address.</source>
        <translation>Die Antwort des Geräts auf „m“ enthält keine gültige MAC-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="244"/>
        <source>The device&apos;s reply to &apos;c&apos; is neither yes nor no.</source>
        <translation>Die Antwort des Geräts auf „c“ ist weder „yes“ noch „no“.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="332"/>
        <source>The device&apos;s reply to &apos;s&apos; is nested too deeply to be a module list.</source>
        <translation>Die Antwort des Geräts auf „s“ ist zu tief verschachtelt für eine Modulliste.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="337"/>
        <source>The device&apos;s reply to &apos;s&apos; is not balanced JSON.</source>
        <translation>Die Antwort des Geräts auf „s“ ist kein vollständiges JSON (Klammern nicht ausgeglichen).</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="313"/>
        <source>The device&apos;s reply to &apos;s&apos; never ends.</source>
        <translation>Die Antwort des Geräts auf „s“ endet nicht.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="314"/>
        <source>Reset the device, put it in listening mode (blinking dark blue) and try again.</source>
        <translation>Setzen Sie das Gerät zurück, versetzen Sie es in den Listening-Modus (dunkelblau blinkend) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="355"/>
        <source>The device did not answer %1 within %2 s.</source>
        <translation>Das Gerät hat innerhalb von %2 s nicht auf %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="356"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue), check the cable, then try again.</source>
        <translation>Versetzen Sie das Gerät in den Listening-Modus (MODE gedrückt halten, bis es dunkelblau blinkt), prüfen Sie das Kabel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="363"/>
        <source>The device printed output but no reply to %1 within %2 s.</source>
        <translation>Das Gerät hat innerhalb von %2 s etwas ausgegeben, aber nicht auf %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="364"/>
        <source>The device may not be in listening mode. Hold MODE until it blinks dark blue, then try again.</source>
        <translation>Das Gerät ist möglicherweise nicht im Listening-Modus. Halten Sie MODE gedrückt, bis es dunkelblau blinkt, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::ControlRequest</name>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="111"/>
        <source>The device answered %1 with a malformed reply.</source>
        <translation>Das Gerät hat fehlerhaft geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="113"/>
        <location filename="../core/usb/controlrequest.cpp" line="147"/>
        <source>Reset the device and try again; if it repeats, update its Device OS by DFU.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut; wenn es wieder auftritt, aktualisieren Sie sein Device OS per DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="144"/>
        <source>The device answered the module info request (90) with malformed JSON.</source>
        <translation>Das Gerät hat die Modulinfo-Anfrage (90) mit fehlerhaftem JSON beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="180"/>
        <source>the module info request (90)</source>
        <translation>Modulinfo-Anfrage (90)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="257"/>
        <source>The request %1 carries %2 bytes; the device takes at most %3.</source>
        <translation>Die Anfrage %1 enthält %2 Bytes; das Gerät nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="262"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>Dies ist ein Fehler in Device Restore; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="275"/>
        <source>The device did not complete request %1 within %2 s.</source>
        <translation>Das Gerät hat Anfrage %1 nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="279"/>
        <location filename="../core/usb/controlrequest.cpp" line="473"/>
        <source>Reset the device and try again.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="299"/>
        <location filename="../core/usb/controlrequest.cpp" line="337"/>
        <source>The control request</source>
        <translation>Control-Request</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="394"/>
        <source>the device ID request (20)</source>
        <translation>Geräte-ID-Anfrage (20)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="410"/>
        <source>the system version request (30)</source>
        <translation>Systemversions-Anfrage (30)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="435"/>
        <source>the device mode request (72)</source>
        <translation>Gerätemodus-Anfrage (72)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="461"/>
        <source>the start of the firmware update (250)</source>
        <translation>Start der Firmware-Aktualisierung (250)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="468"/>
        <source>The firmware update</source>
        <translation>Firmware-Aktualisierung</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="471"/>
        <source>The firmware update did not finish in time.</source>
        <translation>Die Firmware-Aktualisierung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>dr::DeviceOsVersionTable</name>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="47"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="48"/>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="56"/>
        <source>Fix the Device OS version table (see README, &quot;Platform database&quot;).</source>
        <translation>Korrigieren Sie die Device-OS-Versionstabelle (siehe README, „Platform database“).</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="142"/>
        <source>The built-in Device OS version table is missing.</source>
        <translation>Die eingebaute Device-OS-Versionstabelle fehlt.</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="143"/>
        <source>Rebuild the program; the resource :/dr/device-os-versions.json was not linked in.</source>
        <translation>Erstellen Sie das Programm neu; die Ressource :/dr/device-os-versions.json wurde nicht eingebunden.</translation>
    </message>
</context>
<context>
    <name>dr::DeviceProtection</name>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="69"/>
        <source>The device answered the protection state request (76) with a malformed reply.</source>
        <translation>Das Gerät hat die Anfrage nach dem Schutzstatus (76) mit einer fehlerhaften Antwort beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="71"/>
        <source>Reset the device and try again.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="78"/>
        <source>The device has Device Protection on: its bootloader refuses firmware written over DFU and its Device OS refuses updates over USB, so Device Restore cannot write it. Nothing was written.</source>
        <translation>Auf dem Gerät ist Device Protection eingeschaltet: Sein Bootloader verweigert über DFU geschriebene Firmware und sein Device OS verweigert Updates über USB, daher kann Device Restore es nicht beschreiben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="81"/>
        <source>Turn Device Protection off for this device in the Particle console (or put it in service mode with &apos;particle device-protection disable&apos;), then restore it again.</source>
        <translation>Schalten Sie Device Protection für dieses Gerät in der Particle-Konsole aus (oder versetzen Sie es mit &apos;particle device-protection disable&apos; in den Servicemodus) und stellen Sie es dann erneut wieder her.</translation>
    </message>
</context>
<context>
    <name>dr::DfuClient</name>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="31"/>
        <source>The device&apos;s DFU descriptors are malformed: %1.</source>
        <translation>Die DFU-Deskriptoren des Geräts sind fehlerhaft: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="32"/>
        <location filename="../core/usb/dfuclient.cpp" line="97"/>
        <location filename="../core/usb/dfuclient.cpp" line="146"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>Starten Sie das Gerät im DFU-Modus neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="42"/>
        <source>no configuration descriptor</source>
        <translation>kein Konfigurationsdeskriptor</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="49"/>
        <source>descriptor at offset %1 runs past the end</source>
        <translation>Deskriptor bei Offset %1 reicht über das Ende hinaus</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="51"/>
        <source>short interface descriptor</source>
        <translation>zu kurzer Interface-Deskriptor</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="56"/>
        <source>short DFU functional descriptor</source>
        <translation>zu kurzer DFU-Funktionsdeskriptor</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="66"/>
        <source>no DFU interface</source>
        <translation>kein DFU-Interface</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="96"/>
        <source>The device answered DFU_GETSTATUS with %1 bytes instead of 6.</source>
        <translation>Das Gerät hat auf DFU_GETSTATUS mit %1 statt 6 Bytes geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="145"/>
        <source>The device stayed busy during %1.</source>
        <translation>Das Gerät blieb beschäftigt (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="185"/>
        <source>DFU mode</source>
        <translation>DFU-Modus</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="186"/>
        <location filename="../core/usb/dfuclient.cpp" line="196"/>
        <source>preparing the download</source>
        <translation>Vorbereiten des Downloads</translation>
    </message>
</context>
<context>
    <name>dr::DfuModuleReader</name>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="44"/>
        <source>It is on the network co-processor, whose flash DFU mode does not reach; it is only known once Device OS runs.</source>
        <translation>Es liegt auf dem Netzwerk-Koprozessor, dessen Flash der DFU-Modus nicht erreicht; es ist erst bekannt, wenn Device OS läuft.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="46"/>
        <source>The bootloader does not let this memory be read over DFU.</source>
        <translation>Der Bootloader lässt diesen Speicher nicht über DFU lesen.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="69"/>
        <source>The device has Device Protection on: its bootloader does not let its modules be read over DFU.</source>
        <translation>Das Gerät hat Device Protection aktiviert: Sein Bootloader lässt seine Module nicht über DFU lesen.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="71"/>
        <source>Every module will be written. To read them first, turn Device Protection off in the Particle console (or put the device in service mode).</source>
        <translation>Alle Module werden geschrieben. Um sie vorher zu lesen, schalten Sie Device Protection in der Particle-Konsole aus (oder versetzen Sie das Gerät in den Servicemodus).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="73"/>
        <source>found in DFU mode, before any read</source>
        <translation>im DFU-Modus festgestellt, vor jedem Lesen</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="130"/>
        <source>The device&apos;s bootloader does not let any module be read over DFU.</source>
        <translation>Der Bootloader des Geräts lässt kein Modul über DFU lesen.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="131"/>
        <source>Every module will be written.</source>
        <translation>Alle Module werden geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="145"/>
        <location filename="../core/usb/dfumodulereader.cpp" line="186"/>
        <source>Reading the modules over DFU</source>
        <translation>Lesen der Module über DFU</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="148"/>
        <source>Reading the device&apos;s modules over DFU took longer than %1 s.</source>
        <translation>Das Lesen der Module des Geräts über DFU dauerte länger als %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="150"/>
        <source>Nothing was written. Check the cable and try again; a restore without the reading writes every module.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie das Kabel und versuchen Sie es erneut; eine Wiederherstellung ohne das Lesen schreibt alle Module.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="160"/>
        <source>The device went away while its modules were being read over DFU. Nothing was written.</source>
        <translation>Das Gerät verschwand, während seine Module über DFU gelesen wurden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="162"/>
        <source>Plug it back in (a data cable, not a charge-only one), put it in DFU mode if it is not, and read it again.</source>
        <translation>Schließen Sie es wieder an (mit einem Datenkabel, nicht einem reinen Ladekabel), versetzen Sie es in den DFU-Modus, falls es nicht darin ist, und lesen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="172"/>
        <source>A read of %1 bytes at %2 would leave the %3 slot.</source>
        <translation>Ein Lesen von %1 Bytes bei %2 würde den Slot %3 verlassen.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="175"/>
        <source>Nothing was read there.</source>
        <translation>Dort wurde nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>dr::DfuseDownloader</name>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="40"/>
        <source>%1..%2 on alt %3</source>
        <translation>%1..%2 auf Alt %3</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="42"/>
        <source>Nothing to write at %1.</source>
        <translation>Nichts zu schreiben bei %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="43"/>
        <source>Check the file.</source>
        <translation>Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="46"/>
        <source>The write %1 lies outside the device&apos;s %2.</source>
        <translation>Der Schreibvorgang %1 liegt außerhalb von %2 des Geräts.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="47"/>
        <source>Check that the file is for this device; nothing was written.</source>
        <translation>Prüfen Sie, ob die Datei für dieses Gerät ist; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="49"/>
        <source>The write %1 touches read-only memory of the %2.</source>
        <translation>Der Schreibvorgang %1 berührt schreibgeschützten Speicher von %2.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="51"/>
        <source>This part cannot be written over DFU; nothing was written.</source>
        <translation>Dieser Bereich kann nicht über DFU beschrieben werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="57"/>
        <source>The write %1 would overwrite %2..%3, which must never be written over DFU on the %4.</source>
        <translation>Der Schreibvorgang %1 würde %2..%3 überschreiben, was auf %4 nie über DFU beschrieben werden darf.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="61"/>
        <source>Nothing was written. Bootloaders go through the device itself (control requests or the OTA region).</source>
        <translation>Es wurde nichts geschrieben. Bootloader werden über das Gerät selbst geschrieben (Control-Requests oder OTA-Bereich).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="72"/>
        <source>The module</source>
        <translation>Das Modul</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="74"/>
        <source>%1 is for platform %2, not for this %3.</source>
        <translation>%1 ist für Plattform %2, nicht für dieses Gerät (%3).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="78"/>
        <source>Use the file built for the %1; nothing was written.</source>
        <translation>Verwenden Sie die für %1 erstellte Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="81"/>
        <source>%1 is corrupt: its CRC-32 does not match.</source>
        <translation>%1 ist beschädigt: Die CRC-32 stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="82"/>
        <source>Download the file again; nothing was written.</source>
        <translation>Laden Sie die Datei erneut herunter; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="105"/>
        <source>%1 (%2 bytes at %3) does not fit any %4 slot of the %5.</source>
        <translation>%1 (%2 Bytes bei %3) passt in keinen %4-Slot von %5.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="109"/>
        <source>The file is not a module for this device&apos;s layout; nothing was written.</source>
        <translation>Die Datei ist kein Modul für die Speicheraufteilung dieses Geräts; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="113"/>
        <source>%1 (%2) cannot be written over DFU.</source>
        <translation>%1 (%2) kann nicht über DFU geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="115"/>
        <source>This module must never be flashed; nothing was written.</source>
        <translation>Dieses Modul darf nie geflasht werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="116"/>
        <source>Flash it in normal or listening mode (control requests); nothing was written.</source>
        <translation>Flashen Sie es im normalen oder im Listening-Modus (Control-Requests); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="129"/>
        <source>A DCT write of %1 bytes at offset %2 is not a field Device Restore may change.</source>
        <translation>Ein DCT-Schreibvorgang von %1 Bytes bei Offset %2 betrifft kein Feld, das Device Restore ändern darf.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="133"/>
        <source>Only the OTA flag, claim code and setup flag are written; nothing was written.</source>
        <translation>Nur OTA-Flag, Claim-Code und Setup-Flag werden geschrieben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="199"/>
        <source>The device in DFU mode shows no internal flash (alt 0).</source>
        <translation>Das Gerät im DFU-Modus zeigt keinen internen Flash-Speicher (Alt 0).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="200"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="384"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>Starten Sie das Gerät im DFU-Modus neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="213"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="238"/>
        <source>The device has no DFU alt setting %1.</source>
        <translation>Das Gerät hat kein DFU-Alt-Setting %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="214"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="228"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="239"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="256"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="260"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="301"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="227"/>
        <source>The DFU session is not open.</source>
        <translation>Die DFU-Sitzung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="241"/>
        <source>Raw writes to the DCT are not allowed.</source>
        <translation>Direkte Schreibvorgänge in die DCT sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="242"/>
        <source>Write a named DCT field instead; nothing was written.</source>
        <translation>Schreiben Sie stattdessen ein benanntes DCT-Feld; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="255"/>
        <source>The device shows no DCT alt setting.</source>
        <translation>Das Gerät zeigt kein DCT-Alt-Setting.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="258"/>
        <source>The DCT field %1 is not writable on this device.</source>
        <translation>Das DCT-Feld %1 ist auf diesem Gerät nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="300"/>
        <source>The write at %1 lies outside the layout.</source>
        <translation>Der Schreibvorgang bei %1 liegt außerhalb der Speicheraufteilung.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="343"/>
        <source>The device&apos;s flash differs from the file at %1 after writing.</source>
        <translation>Der Flash-Speicher des Geräts weicht nach dem Schreiben bei %1 von der Datei ab.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="345"/>
        <source>Reset the device into DFU mode and flash again; if it repeats, the flash may be worn.</source>
        <translation>Starten Sie das Gerät im DFU-Modus neu und flashen Sie erneut; wenn es wieder auftritt, ist der Flash-Speicher möglicherweise abgenutzt.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="360"/>
        <source>The memory at %1 is not readable over DFU.</source>
        <translation>Der Speicher bei %1 ist über DFU nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="361"/>
        <source>Nothing can be verified there.</source>
        <translation>Dort kann nichts überprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="373"/>
        <source>Reading back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="380"/>
        <source>The device returned %1 of %2 bytes reading %3.</source>
        <translation>Das Gerät hat beim Lesen von %3 nur %1 von %2 Bytes geliefert.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="412"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="417"/>
        <source>leaving DFU mode</source>
        <translation>Verlassen des DFU-Modus</translation>
    </message>
</context>
<context>
    <name>dr::DfuseMemoryLayout</name>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="23"/>
        <source>The device reports a DfuSe memory layout this program cannot read: %1.</source>
        <translation>Das Gerät meldet eine DfuSe-Speicheraufteilung, die dieses Programm nicht lesen kann: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="25"/>
        <source>Check that the device is a Particle device in DFU mode; if it is, report the layout string shown in the details.</source>
        <translation>Prüfen Sie, ob das Gerät ein Particle-Gerät im DFU-Modus ist; falls ja, melden Sie die in den Details gezeigte Layout-Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="60"/>
        <source>it does not start with &apos;@&apos;</source>
        <translation>sie beginnt nicht mit „@“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="64"/>
        <source>expected &quot;@name/address/segments&quot;</source>
        <translation>erwartet: „@Name/Adresse/Segmente“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="72"/>
        <source>the address &quot;%1&quot; is not a 32-bit number</source>
        <translation>die Adresse „%1“ ist keine 32-Bit-Zahl</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="77"/>
        <source>the block at &quot;%1&quot; overlaps the sectors before it</source>
        <translation>der Block bei &quot;%1&quot; überlappt die Sektoren davor</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="80"/>
        <source>no sectors after address %1</source>
        <translation>keine Sektoren nach Adresse %1</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="87"/>
        <source>the sector group &quot;%1&quot; is not N*SIZE[unit]letter</source>
        <translation>die Sektorgruppe „%1“ hat nicht die Form N*GRÖSSE[Einheit]Buchstabe</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="90"/>
        <source>bad sector count in &quot;%1&quot;</source>
        <translation>ungültige Sektoranzahl in „%1“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="95"/>
        <source>unknown sector property letter in &quot;%1&quot;</source>
        <translation>unbekannter Sektor-Eigenschaftsbuchstabe in „%1“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="104"/>
        <source>unknown size unit in &quot;%1&quot;</source>
        <translation>unbekannte Größeneinheit in „%1“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="110"/>
        <source>bad sector size in &quot;%1&quot;</source>
        <translation>ungültige Sektorgröße in „%1“</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="114"/>
        <source>the sectors run past the 32-bit address space</source>
        <translation>die Sektoren reichen über den 32-Bit-Adressraum hinaus</translation>
    </message>
</context>
<context>
    <name>dr::Doctor</name>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="73"/>
        <source>Particle device %1</source>
        <translation>Particle-Gerät %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="74"/>
        <source>%1 in DFU mode</source>
        <translation>%1 im DFU-Modus</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="115"/>
        <source>Install the udev rule</source>
        <translation>udev-Regel installieren</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="119"/>
        <location filename="../core/doctor/doctor.cpp" line="286"/>
        <source>Unplug the device and plug it in again.</source>
        <translation>Ziehen Sie das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="129"/>
        <source>The %1 is connected, but Windows has no WinUSB driver for it.</source>
        <translation>%1 ist angeschlossen, aber Windows hat keinen WinUSB-Treiber dafür.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="131"/>
        <source>Device Restore talks to the device through WinUSB; without it the device cannot be opened.</source>
        <translation>Device Restore spricht über WinUSB mit dem Gerät; ohne diesen Treiber lässt sich das Gerät nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="132"/>
        <source>Install the WinUSB driver for the device (for example with Zadig: choose the device, choose WinUSB, Install), then unplug the device and plug it in again.</source>
        <translation>Installieren Sie den WinUSB-Treiber für das Gerät (zum Beispiel mit Zadig: Gerät wählen, WinUSB wählen, Install), ziehen Sie dann das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="137"/>
        <source>The %1 is connected, but this user may not open it.</source>
        <translation>%1 ist angeschlossen, aber dieser Benutzer darf es nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="138"/>
        <source>Linux lets only the administrator open USB devices unless a udev rule allows it.</source>
        <translation>Linux lässt nur den Administrator USB-Geräte öffnen, sofern keine udev-Regel es erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="139"/>
        <source>Install Device Restore&apos;s udev rule (&quot;Check this computer&quot; offers it), then unplug the device and plug it in again.</source>
        <translation>Installieren Sie die udev-Regel von Device Restore („Diesen Computer prüfen“ bietet sie an), ziehen Sie dann das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="183"/>
        <source>Device Restore runs inside a %1 sandbox that cannot see USB devices.</source>
        <translation>Device Restore läuft in einer %1-Sandbox, die keine USB-Geräte sieht.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="184"/>
        <source>Without USB access it cannot find or restore any device.</source>
        <translation>Ohne USB-Zugriff kann es kein Gerät finden oder wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="186"/>
        <source>Give it USB access: flatpak override --user --device=all, then start it again.</source>
        <translation>Geben Sie ihm USB-Zugriff: flatpak override --user --device=all, dann neu starten.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="187"/>
        <source>Give it USB access: snap connect device-restore:raw-usb, then start it again.</source>
        <translation>Geben Sie ihm USB-Zugriff: snap connect device-restore:raw-usb, dann neu starten.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="190"/>
        <source>Device Restore runs inside a %1 sandbox with USB access.</source>
        <translation>Device Restore läuft in einer %1-Sandbox mit USB-Zugriff.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="191"/>
        <source>The udev rule and group checks below are about the computer outside the sandbox.</source>
        <translation>Die Prüfungen von udev-Regel und Gruppen unten betreffen den Computer außerhalb der Sandbox.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="194"/>
        <source>Device Restore runs as root.</source>
        <translation>Device Restore läuft als root.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="195"/>
        <source>It can open every device, but the files it writes (downloaded releases, reports, settings) belong to root.</source>
        <translation>Es kann jedes Gerät öffnen, aber die Dateien, die es schreibt (heruntergeladene Releases, Berichte, Einstellungen), gehören root.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="197"/>
        <source>Run it as yourself once the udev rule is installed.</source>
        <translation>Starten Sie es als Sie selbst, sobald die udev-Regel installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="208"/>
        <source>No access to any Particle device (%1 product ids, normal and DFU mode).</source>
        <translation>Kein Zugriff auf irgendein Particle-Gerät (%1 Produkt-IDs, normaler und DFU-Modus).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="210"/>
        <source>No access: %1.</source>
        <translation>Kein Zugriff: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="213"/>
        <source>ModemManager not told to ignore any Particle serial port.</source>
        <translation>ModemManager ist nicht angewiesen, Particle-Schnittstellen zu übergehen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="214"/>
        <source>ModemManager not told to ignore: %1.</source>
        <translation>ModemManager ist nicht angewiesen, diese zu übergehen: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="219"/>
        <source>The udev rules let this user open Particle devices in every mode.</source>
        <translation>Die udev-Regeln lassen diesen Benutzer Particle-Geräte in jedem Modus öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="223"/>
        <source>No udev rule gives this user access to Particle devices.</source>
        <translation>Keine udev-Regel gibt diesem Benutzer Zugriff auf Particle-Geräte.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="224"/>
        <source>Without it only the administrator may open a Particle device over USB, and ModemManager may send modem commands to a device in listening mode.</source>
        <translation>Ohne sie darf nur der Administrator ein Particle-Gerät über USB öffnen, und ModemManager sendet womöglich Modembefehle an ein Gerät im Listening-Modus.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="227"/>
        <source>Install Device Restore&apos;s udev rule, then unplug the device and plug it in again.</source>
        <translation>Installieren Sie die udev-Regel von Device Restore, ziehen Sie dann das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="231"/>
        <source>These rules do not cover every Particle device and mode, so some devices cannot be opened or are probed by ModemManager.</source>
        <translation>Diese Regeln decken nicht jedes Particle-Gerät und jeden Modus ab; manche Geräte lassen sich daher nicht öffnen oder werden von ModemManager abgefragt.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="236"/>
        <source>%1 sets the uaccess tag after 73-seat-late.rules, where it no longer has an effect.</source>
        <translation>%1 setzt das uaccess-Tag erst nach 73-seat-late.rules, wo es keine Wirkung mehr hat.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="239"/>
        <source>The udev rule for Particle devices is out of date: %1.</source>
        <translation>Die udev-Regel für Particle-Geräte ist veraltet: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="242"/>
        <source>Install Device Restore&apos;s current udev rule, then unplug the device and plug it in again.</source>
        <translation>Installieren Sie die aktuelle udev-Regel von Device Restore, ziehen Sie dann das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="253"/>
        <source>bus %1, device %2</source>
        <translation>Bus %1, Gerät %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="270"/>
        <source>The %1 is connected, but it cannot be opened.</source>
        <translation>%1 ist angeschlossen, lässt sich aber nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="271"/>
        <source>Another program may be using it.</source>
        <translation>Womöglich benutzt es ein anderes Programm.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="272"/>
        <source>Close other programs that use Particle devices (Particle CLI, Workbench), then unplug the device and plug it in again.</source>
        <translation>Schließen Sie andere Programme, die Particle-Geräte benutzen (Particle CLI, Workbench), ziehen Sie dann das Gerät ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="285"/>
        <source>The udev rule is installed, but the device was connected before it took effect.</source>
        <translation>Die udev-Regel ist installiert, aber das Gerät wurde angeschlossen, bevor sie wirkte.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="289"/>
        <source>The udev rule gives access to the person logged in at this computer&apos;s screen; this session is not that one (for example a remote login).</source>
        <translation>Die udev-Regel gibt der Person Zugriff, die am Bildschirm dieses Computers angemeldet ist; diese Sitzung ist eine andere (zum Beispiel eine Fernanmeldung).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="291"/>
        <source>Run Device Restore in the desktop session at this computer.</source>
        <translation>Starten Sie Device Restore in der Desktop-Sitzung an diesem Computer.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="298"/>
        <source>No Particle device is connected over USB.</source>
        <translation>Kein Particle-Gerät ist über USB angeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="299"/>
        <source>The checks of devices and serial ports need a device.</source>
        <translation>Die Prüfungen von Geräten und seriellen Schnittstellen brauchen ein Gerät.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="300"/>
        <source>Connect the device with a USB data cable (some cables only charge) and check again.</source>
        <translation>Schließen Sie das Gerät mit einem USB-Datenkabel an (manche Kabel laden nur) und prüfen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor/doctor.cpp" line="303"/>
        <source>%n Particle device(s) connected, all usable.</source>
        <translation>
            <numerusform>%n Particle-Gerät angeschlossen, nutzbar.</numerusform>
            <numerusform>%n Particle-Geräte angeschlossen, alle nutzbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="313"/>
        <source>The serial port %1 of the %2 is open in another program: %3.</source>
        <translation>Die serielle Schnittstelle %1 von %2 ist in einem anderen Programm geöffnet: %3.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="315"/>
        <source>Listening mode and YModem need the port to themselves; another program reading it garbles the device&apos;s answers.</source>
        <translation>Listening-Modus und YModem brauchen die Schnittstelle für sich allein; ein anderes Programm, das mitliest, verstümmelt die Antworten des Geräts.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="318"/>
        <source>Close that program (or its serial monitor) before restoring.</source>
        <translation>Schließen Sie dieses Programm (oder seinen seriellen Monitor) vor dem Wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="324"/>
        <source>This user may not open the serial port %1 of the %2 yet.</source>
        <translation>Dieser Benutzer darf die serielle Schnittstelle %1 von %2 noch nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="325"/>
        <source>You were added to the group &apos;%1&apos;, but this session started before that.</source>
        <translation>Sie wurden der Gruppe &apos;%1&apos; hinzugefügt, aber diese Sitzung hat vorher begonnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="326"/>
        <source>Log out and log in again (or restart the computer).</source>
        <translation>Melden Sie sich ab und wieder an (oder starten Sie den Computer neu).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="329"/>
        <source>This user may not open the serial port %1 of the %2.</source>
        <translation>Dieser Benutzer darf die serielle Schnittstelle %1 von %2 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="330"/>
        <source>The port belongs to the group &apos;%1&apos;, and this user is not in it.</source>
        <translation>Die Schnittstelle gehört der Gruppe &apos;%1&apos;, und dieser Benutzer ist nicht darin.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="331"/>
        <source>Install Device Restore&apos;s udev rule, or add yourself to the group: sudo usermod -aG %1 %2, then log out and log in again.</source>
        <translation>Installieren Sie die udev-Regel von Device Restore oder treten Sie der Gruppe bei: sudo usermod -aG %1 %2, dann ab- und wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="343"/>
        <source>ModemManager is running and no udev rule tells it to leave Particle devices alone.</source>
        <translation>ModemManager läuft, und keine udev-Regel weist ihn an, Particle-Geräte in Ruhe zu lassen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="344"/>
        <source>It sends modem commands to every new serial port, which garbles a device in listening mode and can hold the port for up to a minute.</source>
        <translation>Er sendet Modembefehle an jede neue serielle Schnittstelle; das bringt ein Gerät im Listening-Modus durcheinander und kann die Schnittstelle bis zu einer Minute belegen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="347"/>
        <source>Install Device Restore&apos;s udev rule (it sets ID_MM_DEVICE_IGNORE), or stop ModemManager if this computer has no mobile broadband modem: sudo systemctl stop ModemManager.</source>
        <translation>Installieren Sie die udev-Regel von Device Restore (sie setzt ID_MM_DEVICE_IGNORE) oder beenden Sie ModemManager, wenn dieser Computer kein Mobilfunkmodem hat: sudo systemctl stop ModemManager.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="353"/>
        <source>ModemManager is running and leaves Particle devices alone.</source>
        <translation>ModemManager läuft und lässt Particle-Geräte in Ruhe.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="358"/>
        <source>brltty (the braille display service) is running.</source>
        <translation>brltty (der Dienst für Braillezeilen) läuft.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="359"/>
        <source>It claims some USB serial devices as they are plugged in, and a serial port can vanish because of it.</source>
        <translation>Er beansprucht manche USB-Seriell-Geräte beim Einstecken, und dadurch kann eine serielle Schnittstelle verschwinden.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="361"/>
        <source>If nobody uses a braille display on this computer and a device&apos;s port disappears, remove it: sudo apt remove brltty.</source>
        <translation>Wenn an diesem Computer niemand eine Braillezeile benutzt und die Schnittstelle eines Geräts verschwindet, entfernen Sie ihn: sudo apt remove brltty.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="367"/>
        <source>libusb on this computer cannot report devices as they are plugged in.</source>
        <translation>libusb kann auf diesem Computer nicht melden, wenn Geräte eingesteckt werden.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="368"/>
        <source>Device Restore looks for devices once a second instead; a device appears up to a second later.</source>
        <translation>Device Restore sucht stattdessen einmal pro Sekunde nach Geräten; ein Gerät erscheint bis zu einer Sekunde später.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="374"/>
        <source>macOS needs no driver or permission for Particle devices.</source>
        <translation>macOS braucht für Particle-Geräte weder Treiber noch Berechtigung.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="379"/>
        <source>%1 through the proxy %2</source>
        <translation>%1 über den Proxy %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="381"/>
        <source>Releases already downloaded, a restore kit (device-restore kit import) or your own files still work without it.</source>
        <translation>Bereits heruntergeladene Releases, ein Wiederherstellungspaket (device-restore kit import) oder eigene Dateien funktionieren auch ohne.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="385"/>
        <source>%1 cannot be found (DNS): %2.</source>
        <translation>%1 ist nicht auffindbar (DNS): %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="386"/>
        <location filename="../core/doctor/doctor.cpp" line="391"/>
        <source>Device Restore cannot download releases from there.</source>
        <translation>Device Restore kann von dort keine Releases herunterladen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="387"/>
        <source>Check the network connection and its name server.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und ihren Nameserver.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="390"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="392"/>
        <source>Check the firewall, or a program that inspects secure connections.</source>
        <translation>Prüfen Sie die Firewall oder ein Programm, das sichere Verbindungen untersucht.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="393"/>
        <source>Check the proxy %1 and its settings.</source>
        <translation>Prüfen Sie den Proxy %1 und seine Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="397"/>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
</context>
<context>
    <name>dr::DoctorService</name>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="92"/>
        <source>The udev rule is installed in %1. %2</source>
        <translation>Die udev-Regel ist in %1 installiert. %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="94"/>
        <source>The rule was not installed: administrator rights were not given.</source>
        <translation>Die Regel wurde nicht installiert: Administratorrechte wurden nicht erteilt.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="96"/>
        <source>The rule was not installed: %1</source>
        <translation>Die Regel wurde nicht installiert: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="106"/>
        <source>The rule was not installed: %1 cannot be started (on Debian and Ubuntu it comes with the package pkexec or policykit-1).</source>
        <translation>Die Regel wurde nicht installiert: %1 lässt sich nicht starten (unter Debian und Ubuntu kommt es mit dem Paket pkexec oder policykit-1).</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareBundle</name>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="51"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 ist keine lesbare ZIP-Datei.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="52"/>
        <source>Download the bundle again, or unpack it and choose the folder.</source>
        <translation>Laden Sie das Paket erneut herunter, oder entpacken Sie es und wählen Sie den Ordner.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="114"/>
        <source>%1 can no longer be read.</source>
        <translation>%1 kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="115"/>
        <source>Nothing was written from it. Check that the folder or zip is still there (a removed drive, a moved folder), then open it again.</source>
        <translation>Daraus wurde nichts geschrieben. Prüfen Sie, ob der Ordner oder die ZIP-Datei noch da ist (ein entferntes Laufwerk, ein verschobener Ordner), und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="175"/>
        <source>The bytes of %1 are not at hand.</source>
        <translation>Die Bytes von %1 liegen nicht vor.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="176"/>
        <source>Nothing was written from it. Open the binaries again, then restore.</source>
        <translation>Daraus wurde nichts geschrieben. Öffnen Sie die Binärdateien erneut und starten Sie dann die Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="184"/>
        <source>%1 changed after it was checked.</source>
        <translation>%1 hat sich geändert, nachdem es geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="185"/>
        <source>Nothing was written from it. Open the binaries again so that they are checked again, then restore.</source>
        <translation>Daraus wurde nichts geschrieben. Öffnen Sie die Binärdateien erneut, damit sie neu geprüft werden, und starten Sie dann die Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="213"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="214"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="269"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="297"/>
        <source>Choose a folder or a zip file of Device OS release binaries.</source>
        <translation>Wählen Sie einen Ordner oder eine ZIP-Datei mit Device-OS-Release-Binärdateien.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="233"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="259"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="234"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="260"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="241"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="242"/>
        <source>Open the binaries again once nothing is writing to them.</source>
        <translation>Öffnen Sie die Binärdateien erneut, sobald nichts mehr in sie schreibt.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="268"/>
        <source>%1 is neither a folder, a zip file nor a .bin file.</source>
        <translation>%1 ist weder ein Ordner noch eine ZIP- oder .bin-Datei.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="274"/>
        <source>%1 holds no Particle firmware module.</source>
        <translation>%1 enthält kein Particle-Firmwaremodul.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="275"/>
        <source>Choose a folder or zip that holds Device OS binaries such as boron-system-part1@2.2.0.bin.</source>
        <translation>Wählen Sie einen Ordner oder eine ZIP-Datei mit Device-OS-Binärdateien wie boron-system-part1@2.2.0.bin.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="296"/>
        <source>No Device OS binaries were given.</source>
        <translation>Es wurden keine Device-OS-Binärdateien angegeben.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="314"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="315"/>
        <source>%1 is larger than any Particle module.</source>
        <translation>%1 ist größer als jedes Particle-Modul.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="316"/>
        <source>Remove it from the bundle or download it again.</source>
        <translation>Entfernen Sie die Datei aus dem Paket oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="337"/>
        <source>system module version %1</source>
        <translation>Systemmodul-Version %1</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="345"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="374"/>
        <source>same folder as Device OS %1</source>
        <translation>gleicher Ordner wie Device OS %1</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareModule</name>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="95"/>
        <source>%1: the compressed module cannot be unpacked: %2.</source>
        <translation>%1: Das komprimierte Modul kann nicht entpackt werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="96"/>
        <source>The file is damaged or was not made by Particle&apos;s tools. Download it again.</source>
        <translation>Die Datei ist beschädigt oder wurde nicht mit den Werkzeugen von Particle erstellt. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="101"/>
        <source>unknown compression method %1</source>
        <translation>unbekannte Kompressionsmethode %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="105"/>
        <source>window size %1 is not between 8 and 15</source>
        <translation>Fenstergröße %1 liegt nicht zwischen 8 und 15</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="109"/>
        <source>it claims to unpack to %1 bytes, more than the %2 bytes allowed</source>
        <translation>laut Header ergibt es entpackt %1 Bytes, mehr als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="118"/>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="136"/>
        <source>it unpacks to more than the %1 bytes its header declares</source>
        <translation>entpackt ergibt es mehr als die %1 Bytes, die sein Header angibt</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="145"/>
        <source>the compressed data ends too early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="146"/>
        <source>the compressed data is corrupt</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="150"/>
        <source>it unpacks to %1 bytes, but its header declares %2</source>
        <translation>entpackt ergibt es %1 Bytes, sein Header gibt aber %2 an</translation>
    </message>
</context>
<context>
    <name>dr::LibusbBackend</name>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="83"/>
        <source>The device took %1 of %2 bytes of %3.</source>
        <translation>Das Gerät hat nur %1 von %2 Bytes angenommen (%3).</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="87"/>
        <source>Re-plug the device and try again.</source>
        <translation>Stecken Sie das Gerät ab und wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="95"/>
        <source>reading the configuration descriptor</source>
        <translation>Lesen des Konfigurationsdeskriptors</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="122"/>
        <source>reading string descriptor %1</source>
        <translation>Lesen von String-Deskriptor %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="129"/>
        <source>claiming interface %1</source>
        <translation>Belegen von Interface %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="138"/>
        <source>selecting alt setting %1</source>
        <translation>Auswählen von Alt-Setting %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="176"/>
        <source>starting libusb</source>
        <translation>Starten von libusb</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="253"/>
        <location filename="../core/usb/libusbbackend.cpp" line="314"/>
        <source>listing USB devices</source>
        <translation>Auflisten der USB-Geräte</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="323"/>
        <source>opening the device</source>
        <translation>Öffnen des Geräts</translation>
    </message>
</context>
<context>
    <name>dr::ListeningModeClient</name>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="25"/>
        <source>The device&apos;s serial port went away.</source>
        <translation>Der serielle Port des Geräts ist verschwunden.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="26"/>
        <source>The device was unplugged or reset. Reconnect it and try again.</source>
        <translation>Das Gerät wurde getrennt oder zurückgesetzt. Schließen Sie es erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="58"/>
        <source>Cannot open the serial port %1.</source>
        <translation>Der serielle Port %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="59"/>
        <source>Another program may be using it, or you lack permission (on Linux, join the dialout group or install the udev rules).</source>
        <translation>Möglicherweise verwendet ein anderes Programm ihn, oder Ihnen fehlt die Berechtigung (unter Linux: treten Sie der Gruppe dialout bei oder installieren Sie die udev-Regeln).</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="61"/>
        <source>Check that the device is connected and the port name is right.</source>
        <translation>Prüfen Sie, ob das Gerät angeschlossen und der Portname richtig ist.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="101"/>
        <source>The port was closed.</source>
        <translation>Der Port wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="126"/>
        <source>The serial port is busy with another operation.</source>
        <translation>Der serielle Port ist mit einem anderen Vorgang beschäftigt.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="127"/>
        <source>Wait for it to finish or cancel it.</source>
        <translation>Warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="135"/>
        <source>The serial port is not open.</source>
        <translation>Der serielle Port ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="136"/>
        <source>Connect the device and open its port first.</source>
        <translation>Schließen Sie zuerst das Gerät an und öffnen Sie seinen Port.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="191"/>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="208"/>
        <source>Writing to the serial port failed.</source>
        <translation>Schreiben auf den seriellen Port fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="209"/>
        <source>Reconnect the device and try again.</source>
        <translation>Schließen Sie das Gerät erneut an und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>dr::ModuleChecks</name>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="32"/>
        <source>no module</source>
        <translation>kein Modul</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="35"/>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="38"/>
        <source>bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="41"/>
        <source>monolithic firmware</source>
        <translation>monolithische Firmware</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="44"/>
        <source>system part</source>
        <translation>Systemteil</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="47"/>
        <source>user part</source>
        <translation>Anwenderteil</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="50"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="53"/>
        <source>NCP firmware</source>
        <translation>NCP-Firmware</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="56"/>
        <source>radio stack</source>
        <translation>Funk-Stack</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="59"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="62"/>
        <source>module function %1 index %2</source>
        <translation>Modulfunktion %1, Index %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="67"/>
        <source>%1 %2</source>
        <comment>a module kind and its index, e.g. &apos;system part 1&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="75"/>
        <source>all Device OS versions</source>
        <translation>alle Device-OS-Versionen</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="76"/>
        <source>Device OS %1 and later</source>
        <translation>Device OS %1 und neuer</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="77"/>
        <source>Device OS before %1</source>
        <translation>Device OS vor %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="78"/>
        <source>Device OS %1 up to %2</source>
        <translation>Device OS %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="115"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="117"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="119"/>
        <source>NOT CHECKED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="167"/>
        <source>%1 &gt;= %2 (Device OS %3)</source>
        <comment>a module dependency: part, minimum module version</comment>
        <translation>%1 &gt;= %2 (Device OS %3)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="172"/>
        <source>%1 &gt;= %2</source>
        <comment>a module dependency: part, minimum module version</comment>
        <translation>%1 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="186"/>
        <source>CRC-32 %1 matches</source>
        <translation>CRC-32 %1 stimmt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="191"/>
        <source>stored CRC-32 %1, computed %2</source>
        <translation>gespeicherte CRC-32 %1, berechnet %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="193"/>
        <source>%1: the CRC-32 check failed (stored %2, computed %3): the file is damaged, and a device would refuse to run it.</source>
        <translation>%1: Die CRC-32-Prüfung ist fehlgeschlagen (gespeichert %2, berechnet %3): Die Datei ist beschädigt, und ein Gerät würde sie nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="196"/>
        <location filename="../core/firmware/modulechecks.cpp" line="211"/>
        <source>Do not flash it. Download the file again from its original source.</source>
        <translation>Flashen Sie sie nicht. Laden Sie die Datei erneut von ihrer ursprünglichen Quelle herunter.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="199"/>
        <source>SHA-256 matches</source>
        <translation>SHA-256 stimmt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="203"/>
        <source>stored SHA-256 %1, computed %2</source>
        <translation>gespeicherter SHA-256 %1, berechnet %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="208"/>
        <source>%1: the SHA-256 stored in the module does not match its contents: the file was changed after it was built.</source>
        <translation>%1: Der im Modul gespeicherte SHA-256 passt nicht zu seinem Inhalt: Die Datei wurde nach dem Erstellen verändert.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="212"/>
        <source>stored %1, computed %2</source>
        <translation>gespeichert %1, berechnet %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="219"/>
        <source>not compressed</source>
        <translation>nicht komprimiert</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="226"/>
        <source>inflates to %1 bytes as declared</source>
        <translation>ergibt entpackt wie angegeben %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="245"/>
        <source>platform id %1 is unknown</source>
        <translation>Plattform-ID %1 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="247"/>
        <source>%1: the module is for platform id %2, which is not a Particle platform Device Restore knows.</source>
        <translation>%1: Das Modul ist für Plattform-ID %2, die keine Device Restore bekannte Particle-Plattform ist.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="251"/>
        <source>Check that the file is firmware for your device, built by Particle&apos;s tools; the file may also be damaged.</source>
        <translation>Prüfen Sie, ob die Datei mit den Werkzeugen von Particle erstellte Firmware für Ihr Gerät ist; die Datei kann auch beschädigt sein.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="253"/>
        <location filename="../core/firmware/modulechecks.cpp" line="254"/>
        <source>platform unknown</source>
        <translation>Plattform unbekannt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="265"/>
        <source>its version %1 is Device OS %2</source>
        <translation>seine Version %1 ist Device OS %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="268"/>
        <source>its version %1 first shipped with Device OS %2</source>
        <translation>seine Version %1 kam erstmals mit Device OS %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="279"/>
        <source>it needs %1</source>
        <translation>es benötigt %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="289"/>
        <source>%1 is not supported: %2</source>
        <translation>%1 wird nicht unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="292"/>
        <source>%1: the module is for the %2, which Device Restore does not support, so its addresses cannot be checked.</source>
        <translation>%1: Das Modul ist für %2 bestimmt; Device Restore unterstützt diese Plattform nicht, daher können seine Adressen nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="295"/>
        <source>Use Particle&apos;s own tools for this device.</source>
        <translation>Verwenden Sie für dieses Gerät die Werkzeuge von Particle.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="297"/>
        <source>platform not supported</source>
        <translation>Plattform nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="301"/>
        <source>%1 has no %2 slot</source>
        <translation>%1 hat keinen Slot für %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="305"/>
        <source>%1: the module says it is a %2 for %3, but %3 has no such module.</source>
        <translation>%1: Das Modul gibt als Typ %2 für %3 an, aber %3 hat kein solches Modul.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="307"/>
        <source>The file was not built for this platform by Particle&apos;s tools, or it is damaged. Do not flash it.</source>
        <translation>Die Datei wurde nicht mit den Werkzeugen von Particle für diese Plattform erstellt oder ist beschädigt. Flashen Sie sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="326"/>
        <source>no bounds listed for Device OS %1</source>
        <translation>keine Grenzen für Device OS %1 hinterlegt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="327"/>
        <source>Device OS version unknown</source>
        <translation>Device-OS-Version unbekannt</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="328"/>
        <source>%1; fits the bounds for %2</source>
        <translation>%1; passt in die Grenzen für %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="329"/>
        <source>%1; fits none of the ranges</source>
        <translation>%1; passt in keinen der Bereiche</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="341"/>
        <source>%1 lies within %2 (%3 bounds for %4)</source>
        <translation>%1 liegt innerhalb von %2 (Grenzen von %3 für %4)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="347"/>
        <source>%1 is outside %2 (%3 bounds for %4)</source>
        <translation>%1 liegt außerhalb von %2 (Grenzen von %3 für %4)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="351"/>
        <source>%1: the %2 occupies %3, outside the %4 slot of the %5 (%6, for %7).</source>
        <translation>%1: %2 belegt %3, außerhalb des Slots %4 von %5 (%6, für %7).</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="353"/>
        <source>It would overwrite other firmware; do not flash it. Use a file built for the %1 and this Device OS version.</source>
        <translation>Es würde andere Firmware überschreiben; flashen Sie es nicht. Verwenden Sie eine Datei, die für %1 und diese Device-OS-Version erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="374"/>
        <source>%1 is in the %2 slot</source>
        <translation>%1 liegt im Slot %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="379"/>
        <source>%1 is in the %2 slot, not a %3 slot</source>
        <translation>%1 liegt im Slot %2, nicht in einem Slot für %3</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="383"/>
        <source>%1: the module says it is a %2, but its start address %3 is the %4 slot of the %5.</source>
        <translation>%1: Das Modul gibt als Typ %2 an, aber seine Startadresse %3 liegt im Slot %4 von %5.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="386"/>
        <source>The module header is inconsistent: the file was built wrongly or altered. Do not flash it.</source>
        <translation>Der Modul-Header ist widersprüchlich: Die Datei wurde falsch erstellt oder verändert. Flashen Sie sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="391"/>
        <source>%1 is in no module slot of the %2</source>
        <translation>%1 liegt in keinem Modul-Slot von %2</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspection</name>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="22"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="23"/>
        <source>Address Range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="24"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="25"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionJson</name>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="27"/>
        <source>The device&apos;s module list is malformed: %1.</source>
        <translation>Die Modulliste des Geräts ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="28"/>
        <source>Reset the device and inspect it again. If this persists, the device&apos;s Device OS may be damaged: restore it over DFU.</source>
        <translation>Setzen Sie das Gerät zurück und lesen Sie es erneut aus. Wenn das Problem bleibt, ist das Device OS des Geräts möglicherweise beschädigt: Stellen Sie es über DFU wieder her.</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionPrinter</name>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="26"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="35"/>
        <source>%1 (Device OS %2)</source>
        <translation>%1 (Device OS %2)</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="74"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="75"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="76"/>
        <source>Bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="77"/>
        <source>Monolithic</source>
        <translation>Monolithisch</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="78"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="79"/>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="80"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="81"/>
        <source>Network co-processor</source>
        <translation>Netzwerk-Coprozessor</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="82"/>
        <source>Radio stack</source>
        <translation>Funk-Stack</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="83"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="85"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="93"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="103"/>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="110"/>
        <source>Read back over DFU (the device is in DFU mode); the checks are Device OS&apos;s, made by Device Restore on the bytes read.</source>
        <translation>Über DFU zurückgelesen (das Gerät ist im DFU-Modus); die Prüfungen sind die von Device OS, von Device Restore an den gelesenen Bytes vorgenommen.</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="113"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="118"/>
        <source>Empty - %1 location, %2 bytes max size</source>
        <translation>Leer – Speicherort %1, maximal %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="119"/>
        <source>Empty - %1 location</source>
        <translation>Leer – Speicherort %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="126"/>
        <source>%1 module #%2 - version %3, %4 location, %5 bytes max size</source>
        <translation>%1-Modul #%2 – Version %3, Speicherort %4, maximal %5 Bytes</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="131"/>
        <source>%1 module #%2 - version %3, %4 location</source>
        <translation>%1-Modul #%2 – Version %3, Speicherort %4</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="142"/>
        <source>%1 module #%2 - version %3</source>
        <translation>%1-Modul #%2 – Version %3</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="149"/>
        <source>%1 module #%2 (%3) - not read: %4</source>
        <translation>%1-Modul #%2 (%3) - nicht gelesen: %4</translation>
    </message>
</context>
<context>
    <name>dr::ModuleParser</name>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="123"/>
        <source>%1 is not a Particle firmware module: it has no module header (module_info) where Device OS puts one.</source>
        <translation>%1 ist kein Particle-Firmwaremodul: Es hat keinen Modul-Header (module_info) an der Stelle, an der Device OS einen ablegt.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="126"/>
        <source>Choose a Device OS part (system-part, bootloader, softdevice) or an application binary built for a Particle device. Files such as patch programmers or flag images cannot be restored with this tool.</source>
        <translation>Wählen Sie einen Teil von Device OS (system-part, bootloader, softdevice) oder eine für ein Particle-Gerät erstellte Anwendungs-Binärdatei. Dateien wie Patch-Programmer oder Flag-Images können mit diesem Werkzeug nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="135"/>
        <source>%1 is cut short: it is %2 bytes, but its module header says the module is %3 bytes.</source>
        <translation>%1 ist abgeschnitten: Die Datei hat %2 Bytes, laut Modul-Header hat das Modul aber %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="140"/>
        <location filename="../core/firmware/moduleparser.cpp" line="460"/>
        <source>The download or copy did not finish. Download the file again.</source>
        <translation>Der Download oder das Kopieren wurde nicht abgeschlossen. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="163"/>
        <source>%1 stray bytes at offset 0x%2</source>
        <translation>%1 überzählige Bytes bei Offset 0x%2</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="168"/>
        <source>more than %1 extensions</source>
        <translation>mehr als %1 Erweiterungen</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="178"/>
        <source>extension type 0x%1 at offset 0x%2 has length %3, but only %4 bytes are left</source>
        <translation>Erweiterung vom Typ 0x%1 bei Offset 0x%2 hat die Länge %3, es sind aber nur noch %4 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="238"/>
        <source>%1: the module&apos;s suffix is damaged: %2.</source>
        <translation>%1: Das Suffix des Moduls ist beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="239"/>
        <location filename="../core/firmware/moduleparser.cpp" line="264"/>
        <location filename="../core/firmware/moduleparser.cpp" line="301"/>
        <location filename="../core/firmware/moduleparser.cpp" line="314"/>
        <location filename="../core/firmware/moduleparser.cpp" line="404"/>
        <source>The file is damaged. Download it again.</source>
        <translation>Die Datei ist beschädigt. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="248"/>
        <source>its size field says %1 bytes, less than the minimum %2</source>
        <translation>sein Größenfeld gibt %1 Bytes an, weniger als das Minimum von %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="252"/>
        <source>its size field says %1 bytes, more than the module has after its header</source>
        <translation>sein Größenfeld gibt %1 Bytes an, mehr als das Modul nach seinem Header hat</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="262"/>
        <source>%1: the module header&apos;s extensions are damaged: %2.</source>
        <translation>%1: Die Erweiterungen des Modul-Headers sind beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="263"/>
        <source>no END extension</source>
        <translation>keine END-Erweiterung</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="276"/>
        <source>it overlaps the module header</source>
        <translation>es überlappt den Modul-Header</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="298"/>
        <source>%1: the module is flagged compressed but has no room for its compression header.</source>
        <translation>%1: Das Modul ist als komprimiert gekennzeichnet, hat aber keinen Platz für seinen Kompressions-Header.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="311"/>
        <source>%1: the compression header says it is %2 bytes, which does not fit.</source>
        <translation>%1: Laut Kompressions-Header hat er %2 Bytes, das passt nicht.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="400"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="401"/>
        <source>%1 ends where another module should follow.</source>
        <translation>%1 endet, wo ein weiteres Modul folgen sollte.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="402"/>
        <source>Choose the firmware file itself; download it again if it should not be empty.</source>
        <translation>Wählen Sie die Firmware-Datei selbst; laden Sie sie erneut herunter, falls sie nicht leer sein sollte.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="434"/>
        <source>%1: module %2 of this combined file (at byte %3) cannot be read: %4</source>
        <translation>%1: Modul %2 dieser kombinierten Datei (bei Byte %3) kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="448"/>
        <source>%1 claims to combine more than %2 modules.</source>
        <translation>%1 gibt an, mehr als %2 Module zu kombinieren.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="451"/>
        <source>The file is damaged or not made by Particle&apos;s tools.</source>
        <translation>Die Datei ist beschädigt oder wurde nicht mit den Werkzeugen von Particle erstellt.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="456"/>
        <source>%1 is cut short: module %2 says another module follows it, but the file ends there.</source>
        <translation>%1 ist abgeschnitten: Laut Modul %2 folgt ein weiteres Modul, aber die Datei endet dort.</translation>
    </message>
</context>
<context>
    <name>dr::NetworkProbe</name>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="28"/>
        <source>%1 (release catalog and restore zips)</source>
        <translation>%1 (Release-Katalog und Wiederherstellungs-ZIPs)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="29"/>
        <source>%1 (module files of older releases)</source>
        <translation>%1 (Moduldateien älterer Releases)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="30"/>
        <source>%1 (fallback for module files)</source>
        <translation>%1 (Ersatzquelle für Moduldateien)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="139"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort binnen %1 s</translation>
    </message>
</context>
<context>
    <name>dr::PlatformData</name>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="17"/>
        <source>The Spark Core (Gen 1) is not covered: Particle publishes no restore images for it, its firmware is monolithic and it has no module-based Device OS.</source>
        <translation>Der Spark Core (Gen 1) wird nicht abgedeckt: Particle veröffentlicht keine Wiederherstellungs-Images für ihn, seine Firmware ist monolithisch und er hat kein modulbasiertes Device OS.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="20"/>
        <source>The A-SoM was never released to the public; there are no restore images for it.</source>
        <translation>Das A-SoM kam nie öffentlich auf den Markt; es gibt keine Wiederherstellungs-Images dafür.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="22"/>
        <source>The X-SoM was never released to the public; there are no restore images for it.</source>
        <translation>Das X-SoM kam nie öffentlich auf den Markt; es gibt keine Wiederherstellungs-Images dafür.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="24"/>
        <source>No public release data yet: Particle&apos;s restore catalog has no images for the Electron 2, so we cannot check what to write.</source>
        <translation>Noch keine öffentlichen Release-Daten: Der Wiederherstellungskatalog von Particle enthält keine Images für den Electron 2, daher lässt sich nicht prüfen, was geschrieben werden muss.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="27"/>
        <source>No public release data: Particle&apos;s restore catalog has no images for this platform.</source>
        <translation>Keine öffentlichen Release-Daten: Der Wiederherstellungskatalog von Particle enthält keine Images für diese Plattform.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="29"/>
        <source>Tachyon runs Linux, not Device OS: it has no DFU mode and answers no Particle control requests, so it is restored with Particle&apos;s own Linux tools.</source>
        <translation>Tachyon läuft mit Linux, nicht mit Device OS: Es hat keinen DFU-Modus und beantwortet keine Control-Requests von Particle, daher wird es mit den Linux-Werkzeugen von Particle wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>dr::PlatformDatabase</name>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="485"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="486"/>
        <source>Check the path (DEVICE_RESTORE_PLATFORMS if you set it) and the file&apos;s permissions.</source>
        <translation>Prüfen Sie den Pfad (DEVICE_RESTORE_PLATFORMS, falls gesetzt) und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="494"/>
        <source>Fix the platform database (README, &quot;Platform database&quot;), or unset DEVICE_RESTORE_PLATFORMS to use the built-in one.</source>
        <translation>Korrigieren Sie die Plattformdatenbank (README, „Platform database“) oder entfernen Sie DEVICE_RESTORE_PLATFORMS, um die eingebaute zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="551"/>
        <source>The built-in platform database is missing.</source>
        <translation>Die eingebaute Plattformdatenbank fehlt.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="552"/>
        <source>Rebuild the program; the resource :/dr/platforms.json was not linked in.</source>
        <translation>Erstellen Sie das Programm neu; die Ressource :/dr/platforms.json wurde nicht eingebunden.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCache</name>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="53"/>
        <source>The release cache could not write %1.</source>
        <translation>Der Release-Cache konnte %1 nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="54"/>
        <source>Nothing of it was kept. Free some disk space or choose another cache folder (DEVICE_RESTORE_CACHE), then try again.</source>
        <translation>Davon wurde nichts behalten. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Cache-Ordner (DEVICE_RESTORE_CACHE) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="187"/>
        <source>Another Device Restore is changing the release cache.</source>
        <translation>Ein anderes Device Restore ändert gerade den Release-Cache.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="188"/>
        <source>Wait until it has finished, then try again.</source>
        <translation>Warten Sie, bis es fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="237"/>
        <source>The release cache&apos;s list %1 is damaged.</source>
        <translation>Die Liste %1 des Release-Caches ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="238"/>
        <source>Remove the downloaded releases (the settings&apos; &quot;Remove downloaded releases&quot;, or delete %1) and fetch them again.</source>
        <translation>Entfernen Sie die heruntergeladenen Releases („Heruntergeladene Releases entfernen“ in den Einstellungen, oder löschen Sie %1) und laden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="356"/>
        <source>No release catalog was kept yet, so the releases cannot be listed offline.</source>
        <translation>Es wurde noch kein Release-Katalog gespeichert, daher können die Releases offline nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="357"/>
        <source>Connect to the internet once so that the catalog can be fetched, or give --catalog-url with a folder or mirror that holds it.</source>
        <translation>Verbinden Sie sich einmal mit dem Internet, damit der Katalog geladen werden kann, oder geben Sie mit --catalog-url einen Ordner oder Spiegel an, der ihn enthält.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="366"/>
        <source>The kept catalog file %1 changed since it was fetched.</source>
        <translation>Die gespeicherte Katalogdatei %1 hat sich seit dem Laden geändert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="367"/>
        <source>It was not used. Connect to the internet so that the catalog can be fetched again.</source>
        <translation>Sie wurde nicht verwendet. Verbinden Sie sich mit dem Internet, damit der Katalog erneut geladen werden kann.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="433"/>
        <source>%1 is not the file that was verified.</source>
        <translation>%1 ist nicht die Datei, die geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="434"/>
        <source>Nothing was kept. Fetch the release again.</source>
        <translation>Es wurde nichts behalten. Laden Sie das Release erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="554"/>
        <source>The cached file %1 changed since it was verified.</source>
        <translation>Die Datei %1 im Cache hat sich seit der Prüfung geändert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="555"/>
        <source>The cached file %1 is gone.</source>
        <translation>Die Datei %1 im Cache fehlt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="556"/>
        <source>Device OS %1 for the %2 was removed from the cache and not used. Fetch it again.</source>
        <translation>Device OS %1 für %2 wurde aus dem Cache entfernt und nicht verwendet. Laden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="574"/>
        <location filename="../core/catalog/releasecache.cpp" line="593"/>
        <source>Device OS %1 for platform %2 is not in the release cache.</source>
        <translation>Device OS %1 für Plattform %2 ist nicht im Release-Cache.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="577"/>
        <source>Fetch it first, or import a restore kit that holds it.</source>
        <translation>Laden Sie es zuerst, oder importieren Sie ein Wiederherstellungskit, das es enthält.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="596"/>
        <source>Fetch it first (it needs the internet), or import a restore kit that holds it.</source>
        <translation>Laden Sie es zuerst (dafür ist Internet nötig), oder importieren Sie ein Wiederherstellungskit, das es enthält.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCatalog</name>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="30"/>
        <source>Fetch the catalog again; if it stays broken, point --catalog-url at a good copy (a mirror or a folder).</source>
        <translation>Laden Sie den Katalog erneut; bleibt er fehlerhaft, richten Sie --catalog-url auf eine gute Kopie (einen Spiegel oder einen Ordner).</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="82"/>
        <source>The catalog file %1 cannot be read.</source>
        <translation>Die Katalogdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="83"/>
        <source>Check that the folder holds deviceRestore.json, deviceOsVersions.json and versionInfo.json.</source>
        <translation>Prüfen Sie, ob der Ordner deviceRestore.json, deviceOsVersions.json und versionInfo.json enthält.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="370"/>
        <source>The release catalog has no files for platform %1.</source>
        <translation>Der Release-Katalog enthält keine Dateien für Plattform %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="371"/>
        <source>Choose one of the platforms `device-restore catalog` lists.</source>
        <translation>Wählen Sie eine der Plattformen, die `device-restore catalog` auflistet.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="375"/>
        <source>Device OS %1 is not in the release catalog.</source>
        <translation>Device OS %1 ist nicht im Release-Katalog.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="376"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists, or fetch the catalog again.</source>
        <translation>Wählen Sie eine Version, die `device-restore catalog --platform %1 --all` auflistet, oder laden Sie den Katalog erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="400"/>
        <source>Device OS %1 was not published for the %2.</source>
        <translation>Device OS %1 wurde für %2 nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="401"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists.</source>
        <translation>Wählen Sie eine Version, die `device-restore catalog --platform %1 --all` auflistet.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseVerifier</name>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="28"/>
        <source>Nothing was kept. Fetch the release again; if it fails again, the published file is damaged: choose another release, or use a mirror or a restore kit.</source>
        <translation>Es wurde nichts behalten. Laden Sie das Release erneut; schlägt es wieder fehl, ist die veröffentlichte Datei beschädigt: Wählen Sie ein anderes Release, oder verwenden Sie einen Spiegel oder ein Wiederherstellungskit.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="55"/>
        <source>%1 is not a file of Device OS %2 for the %3.</source>
        <translation>%1 ist keine Datei von Device OS %2 für %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="57"/>
        <source>Nothing was kept. Give only the files the catalog names for the release.</source>
        <translation>Es wurde nichts behalten. Geben Sie nur die Dateien an, die der Katalog für das Release nennt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="79"/>
        <source>Device OS %1 for the %2 lacks %3.</source>
        <translation>Device OS %1 für %2 fehlt %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="81"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="217"/>
        <source>Nothing was kept. Fetch the whole release again.</source>
        <translation>Es wurde nichts behalten. Laden Sie das ganze Release erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="215"/>
        <source>Device OS %1 for the %2 lacks its zip or its module-info file.</source>
        <translation>Device OS %1 für %2 fehlt die ZIP-Datei oder ihre Modulinfo-Datei.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="237"/>
        <source>%1 failed a module check (%2): %3</source>
        <translation>%1 hat eine Modulprüfung nicht bestanden (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="244"/>
        <source>%1 holds a module for %2, not for the %3.</source>
        <translation>%1 enthält ein Modul für %2, nicht für %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="258"/>
        <source>%1: the module version of Device OS %2 is not known, so its system parts cannot be checked.</source>
        <translation>%1: Die Modulversion von Device OS %2 ist nicht bekannt, daher können seine Systemteile nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="261"/>
        <source>Nothing was kept. Fetch the catalog again (its versionInfo.json lists the module versions), then the release.</source>
        <translation>Es wurde nichts behalten. Laden Sie den Katalog erneut (seine versionInfo.json listet die Modulversionen), dann das Release.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="271"/>
        <source>%1 holds a %2 of another release: version %3, Device OS %4 ships %5.</source>
        <translation>%1 enthält ein Modul (%2) aus einem anderen Release: Version %3; Device OS %4 liefert %5.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="126"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="179"/>
        <source>%1 is not a firmware module: %2</source>
        <translation>%1 ist kein Firmware-Modul: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="296"/>
        <source>%1: the module-info file %2 does not describe its %3.</source>
        <translation>%1: Die Modulinfo-Datei %2 enthält keine Beschreibung für %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="301"/>
        <source>%1: two modules of the zip claim the part %2.</source>
        <translation>%1: Zwei Module der ZIP-Datei beanspruchen den Teil %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="313"/>
        <source>%1 describes the part %2, which %3 does not hold.</source>
        <translation>%1 beschreibt den Teil %2, den %3 nicht enthält.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="318"/>
        <source>%1 holds no system part.</source>
        <translation>%1 enthält keinen Systemteil.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="174"/>
        <source>%1 is larger than any firmware module.</source>
        <translation>%1 ist größer als jedes Firmware-Modul.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="351"/>
        <source>The files of Device OS %1 for the %2 hold no system part.</source>
        <translation>Die Dateien von Device OS %1 für %2 enthalten keinen Systemteil.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreEngine</name>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="94"/>
        <source>The restore was cancelled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="95"/>
        <source>Run the same restore again to finish it.</source>
        <translation>Führen Sie dieselbe Wiederherstellung erneut aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader part %1</source>
        <translation>Bootloader-Teil %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="107"/>
        <source>system part %1</source>
        <translation>Systemteil %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="109"/>
        <source>user firmware</source>
        <translation>Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="111"/>
        <source>radio stack</source>
        <translation>Funk-Stack</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="130"/>
        <source>its %1 (version %2) needs the %3 at version %4 or newer, and the device has %5.</source>
        <translation>sein %1 (Version %2) braucht %3 in Version %4 oder neuer, und das Gerät hat %5.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>none</source>
        <translation>keinen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="137"/>
        <source>its %1 (version %2) fails its dependency check.</source>
        <translation>sein %1 (Version %2) besteht die Abhängigkeitsprüfung nicht.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="197"/>
        <source>The device&apos;s serial port did not appear within %1 s.</source>
        <translation>Der serielle Port des Geräts ist nicht innerhalb von %1 s erschienen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="199"/>
        <source>Check the cable (a data cable, not a charge-only one). A device blinking yellow is in DFU mode and has no serial port: press RESET, then run the restore again.</source>
        <translation>Prüfen Sie das Kabel (ein Datenkabel, kein reines Ladekabel). Ein gelb blinkendes Gerät ist im DFU-Modus und hat keinen seriellen Port: Drücken Sie RESET und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="229"/>
        <source>The serial port %1 belongs to another device (%2), not %3.</source>
        <translation>Der serielle Port %1 gehört zu einem anderen Gerät (%2), nicht zu %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="230"/>
        <source>Nothing was sent to it. Unplug the other devices, or name the port of this one, and run the restore again.</source>
        <translation>Es wurde nichts an ihn gesendet. Stecken Sie die anderen Geräte ab oder geben Sie den Port dieses Geräts an und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="286"/>
        <source>The device has no serial port now.</source>
        <translation>Das Gerät hat derzeit keinen seriellen Port.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="483"/>
        <source>The device did not come back in DFU mode within %1 s.</source>
        <translation>Das Gerät ist nicht innerhalb von %1 s im DFU-Modus zurückgekehrt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="484"/>
        <source>The device did not come back in normal mode within %1 s.</source>
        <translation>Das Gerät ist nicht innerhalb von %1 s im normalen Modus zurückgekehrt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="487"/>
        <source>If its LED does not blink yellow, hold MODE, tap RESET and keep holding MODE until it blinks yellow, then run the restore again.</source>
        <translation>Wenn die LED nicht gelb blinkt: Halten Sie MODE gedrückt, drücken Sie kurz RESET und halten Sie MODE weiter, bis sie gelb blinkt. Starten Sie dann die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="489"/>
        <source>Check the cable, then run the restore again; it continues from here.</source>
        <translation>Prüfen Sie das Kabel und starten Sie die Wiederherstellung erneut; sie wird an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="500"/>
        <source>The device stayed in DFU mode: %1</source>
        <translation>Das Gerät ist im DFU-Modus geblieben: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="502"/>
        <source>The device stays in DFU mode (blinking yellow) instead of starting Device OS: %1</source>
        <translation>Das Gerät bleibt im DFU-Modus (gelb blinkend), statt Device OS zu starten: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="504"/>
        <source>Run the restore again with DFU allowed: it writes the system part again over DFU.</source>
        <translation>Führen Sie die Wiederherstellung mit erlaubtem DFU erneut aus: Sie schreibt den Systemteil erneut per DFU.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="513"/>
        <source>its bootloader does not accept the system part.</source>
        <translation>sein Bootloader akzeptiert den Systemteil nicht.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="528"/>
        <source>there is no valid %1 in its flash (an interrupted or incomplete write).</source>
        <translation>in seinem Flash-Speicher liegt kein gültiges %1 (ein unterbrochener oder unvollständiger Schreibvorgang).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="530"/>
        <source>the %1 in its flash is for another platform (%2).</source>
        <translation>das %1 in seinem Flash-Speicher ist für eine andere Plattform (%2).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="532"/>
        <source>the %1 in its flash (version %2) fails its CRC check (an interrupted write).</source>
        <translation>das %1 in seinem Flash-Speicher (Version %2) besteht die CRC-Prüfung nicht (ein unterbrochener Schreibvorgang).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="535"/>
        <source>its bootloader does not start the %1 (version %2), which looks intact; the bootloader may be too old for it.</source>
        <translation>sein Bootloader startet das %1 (Version %2) nicht, obwohl es intakt aussieht; der Bootloader ist dafür womöglich zu alt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="545"/>
        <source>Putting the device into DFU mode (it will blink yellow)</source>
        <translation>Gerät wird in den DFU-Modus versetzt (es blinkt dann gelb)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="559"/>
        <source>Asked the device to enter DFU mode</source>
        <translation>Gerät wurde aufgefordert, in den DFU-Modus zu wechseln</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="572"/>
        <source>The DFU request failed (%1); opening %2 at 14400 baud</source>
        <translation>Die DFU-Anfrage ist fehlgeschlagen (%1); %2 wird mit 14400 Baud geöffnet</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="581"/>
        <source>The device did not enter DFU mode by itself (%1); asking for the buttons</source>
        <translation>Das Gerät ist nicht von selbst in den DFU-Modus gewechselt (%1); Bedienung der Tasten wird angefordert</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="582"/>
        <source>Put the device into DFU mode with its buttons</source>
        <translation>Versetzen Sie das Gerät mit seinen Tasten in den DFU-Modus</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="586"/>
        <source>The device did not switch to DFU mode by itself.</source>
        <translation>Das Gerät ist nicht von selbst in den DFU-Modus gewechselt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="589"/>
        <source>Waiting for the device in DFU mode</source>
        <translation>Warten auf das Gerät im DFU-Modus</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="612"/>
        <source>Could not read the device&apos;s protection state: %1</source>
        <translation>Der Schutzstatus des Geräts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="625"/>
        <source>Starting Device OS</source>
        <translation>Device OS wird gestartet</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="638"/>
        <source>Left DFU mode; waiting for Device OS to start</source>
        <translation>DFU-Modus verlassen; warten auf den Start von Device OS</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="686"/>
        <location filename="../core/restore/restoreengine.cpp" line="847"/>
        <source>The device is applying the %1 and restarting</source>
        <translation>Das Gerät installiert %1 und startet neu</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="719"/>
        <source>Putting the device into listening mode (it will blink dark blue)</source>
        <translation>Gerät wird in den Listening-Modus versetzt (es blinkt dann dunkelblau)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="724"/>
        <source>Opening %1 at 28800 baud to start listening mode</source>
        <translation>%1 wird mit 28800 Baud geöffnet, um den Listening-Modus zu starten</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="726"/>
        <source>The 28800-baud request failed: %1</source>
        <translation>Die 28800-Baud-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="728"/>
        <source>No answer yet: sending the 28800-baud request again</source>
        <translation>Noch keine Antwort: Die 28800-Baud-Anfrage wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="740"/>
        <source>The device did not enter listening mode by itself; asking for the MODE button</source>
        <translation>Das Gerät ist nicht von selbst in den Listening-Modus gewechselt; Bedienung der MODE-Taste wird angefordert</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="741"/>
        <source>Put the device into listening mode with its MODE button</source>
        <translation>Versetzen Sie das Gerät mit seiner MODE-Taste in den Listening-Modus</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="745"/>
        <source>The device did not switch to listening mode by itself.</source>
        <translation>Das Gerät ist nicht von selbst in den Listening-Modus gewechselt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="749"/>
        <source>Waiting for the device in listening mode</source>
        <translation>Warten auf das Gerät im Listening-Modus</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="756"/>
        <source>The device did not answer in listening mode within %1 s.</source>
        <translation>Das Gerät hat im Listening-Modus nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="758"/>
        <source>Hold MODE until the LED blinks dark blue, then run the restore again; it continues from here.</source>
        <translation>Halten Sie MODE gedrückt, bis die LED dunkelblau blinkt, und starten Sie die Wiederherstellung erneut; sie wird an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="777"/>
        <source>Sending the %1 again (attempt %2 of %3)</source>
        <translation>%1 wird erneut gesendet (Versuch %2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="789"/>
        <source>After its restart the device does not hold the %1 it was sent: %2</source>
        <translation>Nach dem Neustart hat das Gerät nicht das gesendete Modul (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="792"/>
        <source>The device did not take the %1 version %2 after %3 transfers: %4.</source>
        <translation>Das Gerät hat %1 in Version %2 nach %3 Übertragungen nicht übernommen: %4.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="797"/>
        <source>The file is intact on this computer, so the bytes were damaged on the way or the device refused them. Use a short data cable straight into the computer (no hub) and run the restore again; it continues from here. If it fails the same way, restore over DFU.</source>
        <translation>Die Datei ist auf diesem Computer intakt; die Bytes wurden also unterwegs beschädigt oder vom Gerät abgelehnt. Verwenden Sie ein kurzes Datenkabel direkt am Computer (ohne Hub) und starten Sie die Wiederherstellung erneut; sie setzt hier fort. Schlägt sie genauso fehl, stellen Sie über DFU wieder her.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="815"/>
        <source>Sending %1 over %2 (YModem)</source>
        <translation>%1 wird über %2 gesendet (YModem)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="824"/>
        <source>YModem: %1 writes in %2 ms, of which %3 ms waiting for the device&apos;s answers</source>
        <translation>YModem: %1 Schreibvorgänge in %2 ms, davon %3 ms Warten auf die Antworten des Geräts</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="840"/>
        <source>The device rejected the %1 (%2); it restarts</source>
        <translation>Das Gerät hat %1 abgelehnt (%2); es startet neu</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="843"/>
        <source>The device says it took the %1: %2</source>
        <translation>Das Gerät meldet, dass es %1 übernommen hat: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="880"/>
        <source>The device&apos;s module list has no place for the %1 yet; it is checked after the next parts</source>
        <translation>Die Modulliste des Geräts hat noch keinen Platz für %1; die Prüfung folgt nach den nächsten Teilen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="889"/>
        <source>it has no %1 (it lists %2)</source>
        <translation>%1 fehlt (das Gerät listet %2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="892"/>
        <source>its %1 is still version %2</source>
        <translation>%1 hat noch Version %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="895"/>
        <source>its %1 fails the %2 check</source>
        <translation>%1 besteht die Prüfung %2 nicht</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="906"/>
        <source>Reading the device&apos;s modules over %1</source>
        <translation>Module des Geräts werden über %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="913"/>
        <source>Leaving listening mode failed: %1</source>
        <translation>Verlassen des Listening-Modus fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device connect</source>
        <translation>Gerät verbinden lassen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device start</source>
        <translation>Gerät starten lassen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="941"/>
        <source>Device OS %1 is now on the device. Keep it powered with its antenna attached until its LED breathes cyan (slow fading light blue): that means it has connected to the cellular network. This can take several minutes. Then confirm to go on.</source>
        <translation>Device OS %1 ist jetzt auf dem Gerät. Lassen Sie es mit angeschlossener Antenne eingeschaltet, bis seine LED cyan pulsiert (langsam auf- und abschwellendes Hellblau): Dann ist es mit dem Mobilfunknetz verbunden. Das kann einige Minuten dauern. Bestätigen Sie anschließend, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="945"/>
        <source>Device OS %1 is now on the device. Wait until it has started, then confirm.</source>
        <translation>Device OS %1 ist jetzt auf dem Gerät. Warten Sie, bis es gestartet ist, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="954"/>
        <source>Reading the device&apos;s modules</source>
        <translation>Module des Geräts werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="975"/>
        <source>Control requests failed (%1); reading the modules in listening mode</source>
        <translation>Control-Requests fehlgeschlagen (%1); Module werden im Listening-Modus gelesen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="988"/>
        <source>The transfer of the %1 was stopped between two YModem blocks; the device dropped it and keeps its modules as they were. It is in listening mode (blinking dark blue): press RESET to leave it.</source>
        <translation>Die Übertragung von %1 wurde zwischen zwei YModem-Blöcken angehalten; das Gerät hat sie verworfen und behält seine Module unverändert. Es ist im Listening-Modus (dunkelblau blinkend): Drücken Sie RESET, um ihn zu verlassen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="993"/>
        <source>The device is not on the bus (unplugged, or still restarting).</source>
        <translation>Das Gerät ist nicht am Bus (abgesteckt oder startet noch neu).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="995"/>
        <source>The device is in DFU mode (blinking yellow).</source>
        <translation>Das Gerät ist im DFU-Modus (gelb blinkend).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="997"/>
        <source>The device is running Device OS in listening mode (blinking dark blue).</source>
        <translation>Auf dem Gerät läuft Device OS im Listening-Modus (dunkelblau blinkend).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="999"/>
        <source>The device is running Device OS.</source>
        <translation>Auf dem Gerät läuft Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1000"/>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1001"/>
        <source>Written: %1.</source>
        <translation>Geschrieben: %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1003"/>
        <source>Running the same restore again continues from here.</source>
        <translation>Wenn Sie dieselbe Wiederherstellung erneut ausführen, wird sie an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1035"/>
        <source>The device runs Device OS %1 and every module passes its checks.</source>
        <translation>Auf dem Gerät läuft Device OS %1, und jedes Modul besteht seine Prüfungen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1039"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1040"/>
        <source>Restore finished in %1 s</source>
        <translation>Wiederherstellung in %1 s abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1041"/>
        <source>Restore stopped: %1 %2</source>
        <translation>Wiederherstellung angehalten: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1051"/>
        <source>The plan is refused: %1</source>
        <translation>Der Plan wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1052"/>
        <source>Nothing was written. Change the choices that the plan refuses.</source>
        <translation>Es wurde nichts geschrieben. Ändern Sie die Auswahl, die der Plan ablehnt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1058"/>
        <source>The plan sends the %1 over YModem, which Device OS %2 no longer takes.</source>
        <translation>Der Plan sendet %1 über YModem, was Device OS %2 nicht mehr annimmt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1060"/>
        <source>Nothing was written. Plan again with DFU allowed, or over USB control requests.</source>
        <translation>Es wurde nichts geschrieben. Planen Sie erneut mit erlaubtem DFU oder über USB-Control-Requests.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1065"/>
        <source>The plan sends the %1 over the serial port (YModem), but there is no way to find the device&apos;s serial port here.</source>
        <translation>Der Plan sendet %1 über den seriellen Port (YModem), aber der serielle Port des Geräts lässt sich hier nicht ermitteln.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1068"/>
        <source>Nothing was written. Plan again with DFU allowed.</source>
        <translation>Es wurde nichts geschrieben. Planen Sie erneut mit erlaubtem DFU.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1071"/>
        <source>Step %1 has no binary.</source>
        <translation>Schritt %1 hat keine Binärdatei.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1086"/>
        <source>Looking for device %1</source>
        <translation>Suche nach Gerät %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in DFU mode at %2</source>
        <translation>%1 im DFU-Modus an %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in normal mode at %2</source>
        <translation>%1 im normalen Modus an %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1122"/>
        <source>Writing %1 (%2)</source>
        <translation>%1 wird geschrieben (%2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1123"/>
        <source>Clearing the former %1 slot</source>
        <translation>Bisheriger Slot für %1 wird gelöscht</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1137"/>
        <source>%1 cleared</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1157"/>
        <source>Writing the plan&apos;s DFU steps first, then the %1 once Device OS starts</source>
        <translation>Zuerst werden die DFU-Schritte des Plans geschrieben, dann %1, sobald Device OS startet</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1171"/>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2 in %3 ms</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1183"/>
        <source>The device runs in safe mode: %1</source>
        <translation>Das Gerät läuft im abgesicherten Modus: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1187"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1189"/>
        <source>%1 is at version %2, not %3</source>
        <translation>%1 hat Version %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1191"/>
        <source>%1 fails its checks</source>
        <translation>%1 besteht die Prüfungen nicht</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1197"/>
        <source>The device runs Device OS in safe mode (breathing magenta): %1 Its application does not run.</source>
        <translation>Das Gerät führt Device OS im abgesicherten Modus aus (magenta pulsierend): %1 Seine Anwendung läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1200"/>
        <source>Run the same restore again with DFU allowed; if the bundle lacks that module, add it from the same Device OS release.</source>
        <translation>Führen Sie dieselbe Wiederherstellung mit erlaubtem DFU erneut aus; fehlt dieses Modul in den Binärdateien, fügen Sie es aus demselben Device-OS-Release hinzu.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1207"/>
        <source>After the restore the device does not hold what was planned: %1.</source>
        <translation>Nach der Wiederherstellung enthält das Gerät nicht das Geplante: %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1209"/>
        <source>Run the same restore again; if it fails the same way, save the report and contact support.</source>
        <translation>Führen Sie dieselbe Wiederherstellung erneut aus; schlägt sie genauso fehl, speichern Sie den Bericht und wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1229"/>
        <source>The plan names no platform.</source>
        <translation>Der Plan nennt keine Plattform.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1241"/>
        <source>Reading the device&apos;s modules over DFU</source>
        <translation>Module des Geräts werden über DFU gelesen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1250"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1258"/>
        <source>Read %1 KB of modules over DFU in %2 ms</source>
        <translation>%1 KB Module in %2 ms über DFU gelesen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1275"/>
        <source>The device&apos;s platform is not known.</source>
        <translation>Die Plattform des Geräts ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1314"/>
        <source>The device takes no USB control requests and did not enter listening mode.</source>
        <translation>Das Gerät nimmt keine USB-Control-Requests an und ist nicht in den Listening-Modus gewechselt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1315"/>
        <source>Hold MODE until the LED blinks dark blue, then try again.</source>
        <translation>Halten Sie MODE gedrückt, bis die LED dunkelblau blinkt, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreKit</name>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="31"/>
        <source>Nothing from it was kept. Export the kit again on the computer that made it, and copy it again.</source>
        <translation>Davon wurde nichts behalten. Exportieren Sie das Kit auf dem Computer, der es erstellt hat, erneut und kopieren Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="76"/>
        <source>%1 is not a Device Restore restore kit.</source>
        <translation>%1 ist kein Wiederherstellungskit von Device Restore.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="77"/>
        <location filename="../core/catalog/restorekit.cpp" line="245"/>
        <source>Choose a file made with `device-restore kit export`.</source>
        <translation>Wählen Sie eine mit `device-restore kit export` erstellte Datei.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="85"/>
        <source>%1 is a restore kit of format version %2, made by a newer Device Restore; this one reads format version %3.</source>
        <translation>%1 ist ein Wiederherstellungskit im Format %2, erstellt von einem neueren Device Restore; dieses liest Format %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="90"/>
        <source>Nothing was imported. Update Device Restore on this computer, or export the kit again with the version installed here.</source>
        <translation>Es wurde nichts importiert. Aktualisieren Sie Device Restore auf diesem Computer, oder exportieren Sie das Kit erneut mit der hier installierten Version.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="205"/>
        <source>Device OS %1 for the %2 is not in the release cache.</source>
        <translation>Device OS %1 für %2 ist nicht im Release-Cache.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="207"/>
        <source>Add it to the cache first (fetch it, or import a kit that holds it), then export the kit.</source>
        <translation>Fügen Sie es zuerst dem Cache hinzu (laden Sie es, oder importieren Sie ein Kit, das es enthält), und exportieren Sie dann das Kit.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="244"/>
        <source>%1 is not a restore kit: it holds no manifest.json.</source>
        <translation>%1 ist kein Wiederherstellungskit: Es enthält keine manifest.json.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="265"/>
        <source>%1 lists %2 twice.</source>
        <translation>%1 führt %2 doppelt auf.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="269"/>
        <source>%1 lacks %2, which its manifest lists.</source>
        <translation>In %1 fehlt %2; das Manifest führt diese Datei auf.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="280"/>
        <source>%1: %2 cannot be read (%3).</source>
        <translation>%1: %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="284"/>
        <source>%1: %2 is not the file that was exported (its SHA-256 or size differs).</source>
        <translation>%1: %2 ist nicht die exportierte Datei (SHA-256 oder Größe weichen ab).</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="274"/>
        <source>%1 holds %2, which its manifest does not list.</source>
        <translation>%1 enthält %2; das Manifest führt diese Datei nicht auf.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="329"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dr::RestorePlanner</name>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="93"/>
        <source>DFU</source>
        <comment>transport</comment>
        <translation>DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="95"/>
        <source>control request</source>
        <comment>transport</comment>
        <translation>Control-Request</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="97"/>
        <source>YModem</source>
        <comment>transport</comment>
        <translation>YModem</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="144"/>
        <source>bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="144"/>
        <source>bootloader part %1</source>
        <translation>Bootloader-Teil %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="146"/>
        <source>system part %1</source>
        <translation>Systemteil %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="148"/>
        <location filename="../core/restore/restoreplanner.cpp" line="1013"/>
        <source>user firmware</source>
        <translation>Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="150"/>
        <source>radio stack (SoftDevice)</source>
        <translation>Funk-Stack (SoftDevice)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="152"/>
        <source>network co-processor firmware</source>
        <translation>Firmware des Netzwerk-Coprozessors</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="283"/>
        <source>%1 devices cannot be restored with this tool: %2</source>
        <translation>%1-Geräte können mit diesem Werkzeug nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="289"/>
        <source>Device OS %1 does not support the %2; the last release for it is %3.</source>
        <translation>Device OS %1 unterstützt %2 nicht; das letzte Release dafür ist %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="293"/>
        <source>Device OS %1 is a pre-release: use it for testing, not in the field.</source>
        <translation>Device OS %1 ist eine Vorabversion: Verwenden Sie sie zum Testen, nicht im Feldeinsatz.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="325"/>
        <source>The %1 needs Device OS %2 or newer; %3 is older.</source>
        <translation>%1 benötigt Device OS %2 oder neuer; %3 ist älter.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="330"/>
        <source>Its hardware does not work with older releases.</source>
        <translation>Die Hardware funktioniert nicht mit älteren Releases.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="333"/>
        <location filename="../core/restore/restoreplanner.cpp" line="375"/>
        <source>Particle recommends against it.</source>
        <translation>Particle rät davon ab.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="337"/>
        <source>The %1 shipped from the factory with Device OS %2; %3 is older and may not support all of its hardware.</source>
        <translation>%1 wurde ab Werk mit Device OS %2 ausgeliefert; %3 ist älter und unterstützt möglicherweise nicht die gesamte Hardware.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="344"/>
        <source>The %1 should stay on the Device OS %2.x long-term-support line; %3 leaves it.</source>
        <translation>%1 sollte auf der Langzeit-Support-Linie Device OS %2.x bleiben; %3 verlässt sie.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="351"/>
        <source>%1 is not a known %2 model; model-specific rules were not applied.</source>
        <translation>%1 ist kein bekanntes %2-Modell; modellspezifische Regeln wurden nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="369"/>
        <source>Every %1 model needs Device OS %2 or newer; %3 is older.</source>
        <translation>Jedes %1-Modell benötigt Device OS %2 oder neuer; %3 ist älter.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="308"/>
        <source>This device has Device Protection on, which needs Device OS 6.1.1 or newer; %1 is older.</source>
        <translation>Auf diesem Gerät ist Device Protection aktiv, was Device OS 6.1.1 oder neuer erfordert; %1 ist älter.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="302"/>
        <source>This device has Device Protection on: it refuses firmware written over USB, in DFU mode and in normal mode. Turn Device Protection off for it in the Particle console (or put it in service mode), then plan again.</source>
        <translation>Auf diesem Gerät ist Device Protection eingeschaltet: Es verweigert über USB geschriebene Firmware, im DFU-Modus wie im normalen Modus. Schalten Sie Device Protection in der Particle-Konsole aus (oder versetzen Sie es in den Servicemodus) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="313"/>
        <source>This is a downgrade from Device OS %1 to %2.</source>
        <translation>Dies ist ein Downgrade von Device OS %1 auf %2.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="421"/>
        <source>The %1 cannot be sent: the device&apos;s Device OS takes neither control requests nor YModem.</source>
        <translation>%1 kann nicht gesendet werden: Das Device OS des Geräts nimmt weder Control-Requests noch YModem an.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="540"/>
        <source>The way to Device OS %1 goes through Device OS %2, and the bundle lacks its system parts: %3. Add them to the bundle and plan again.</source>
        <translation>Der Weg zu Device OS %1 führt über Device OS %2, und im Paket fehlen dessen Systemteile: %3. Fügen Sie sie dem Paket hinzu und planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="570"/>
        <source>The bundle has no Tinker for the %1 that runs on Device OS %2.</source>
        <translation>Das Paket enthält kein Tinker für %1, das unter Device OS %2 läuft.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="582"/>
        <source>%1 is a %2, not user firmware.</source>
        <translation>%1 ist ein Modul vom Typ %2, keine Anwender-Firmware.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="590"/>
        <source>%1 is built for the %2, not the %3.</source>
        <translation>%1 wurde für %2 erstellt, nicht für %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="592"/>
        <source>platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="599"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="605"/>
        <source>%1 is a 256 KB application, which needs Device OS 3.1.0 or newer; %2 is older.</source>
        <translation>%1 ist eine 256-KB-Anwendung, die Device OS 3.1.0 oder neuer benötigt; %2 ist älter.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="613"/>
        <source>%1 was built for a newer Device OS than %2 and would only run in safe mode.</source>
        <translation>%1 wurde für ein neueres Device OS als %2 erstellt und würde nur im abgesicherten Modus laufen.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="617"/>
        <source>the firmware you chose</source>
        <translation>die gewählte Firmware</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="623"/>
        <source>The device has no valid user firmware to keep.</source>
        <translation>Das Gerät hat keine gültige Anwender-Firmware, die behalten werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="629"/>
        <source>The device&apos;s user firmware needs a newer Device OS than %1 and would only run in safe mode. Choose Tinker or a firmware file built for %1.</source>
        <translation>Die Anwender-Firmware des Geräts benötigt ein neueres Device OS als %1 und würde nur im abgesicherten Modus laufen. Wählen Sie Tinker oder eine für %1 erstellte Firmware-Datei.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="636"/>
        <location filename="../core/restore/restoreplanner.cpp" line="642"/>
        <source>The device keeps its user firmware, which runs on Device OS %1.</source>
        <translation>Das Gerät behält seine Anwender-Firmware, die unter Device OS %1 läuft.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="648"/>
        <source>the device&apos;s firmware is unknown; Tinker is a known good application</source>
        <translation>die Firmware des Geräts ist unbekannt; Tinker ist eine bewährte Anwendung</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="650"/>
        <source>the device has no valid user firmware</source>
        <translation>das Gerät hat keine gültige Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="652"/>
        <source>the current user firmware needs a newer Device OS; replaced first so that safe mode cannot update the device back</source>
        <translation>die aktuelle Anwender-Firmware benötigt ein neueres Device OS; sie wird zuerst ersetzt, damit der abgesicherte Modus das Gerät nicht wieder aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="654"/>
        <source>the current user firmware does not run on Device OS %1</source>
        <translation>die aktuelle Anwender-Firmware läuft nicht unter Device OS %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="658"/>
        <source>Tinker was chosen</source>
        <translation>Tinker wurde gewählt</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="692"/>
        <source>%1 in the bundle cannot be used: %2</source>
        <translation>%1 im Paket kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="693"/>
        <source>it failed its checks</source>
        <translation>die Prüfungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="723"/>
        <source>The bundle has no %1 of Device OS %2 for the %3.</source>
        <translation>Im Paket fehlt %1 von Device OS %2 für %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="736"/>
        <source>The bundle has no %1 of Device OS %2, and the device&apos;s %1 is too old for it (version %3 or newer is needed).</source>
        <translation>Im Paket fehlt %1 von Device OS %2, und %1 auf dem Gerät ist dafür zu alt (Version %3 oder neuer wird benötigt).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="745"/>
        <source>The bundle has no %1 of Device OS %2; the device keeps its own, which the release accepts.</source>
        <translation>Im Paket fehlt %1 von Device OS %2; das Gerät behält seine vorhandene Version, die das Release akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="749"/>
        <source>The bundle has no %1 of Device OS %2; the device&apos;s own is left as it is.</source>
        <translation>Im Paket fehlt %1 von Device OS %2; die vorhandene Version auf dem Gerät bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="757"/>
        <source>The bundle has no Device OS %1 for the %2.</source>
        <translation>Im Paket fehlt Device OS %1 für %2.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="793"/>
        <source>The %1 is already at version %2 and passes its checks; it is not written again.</source>
        <translation>%1 hat bereits Version %2 und besteht die Prüfungen; wird nicht erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="800"/>
        <source>The network co-processor firmware is newer (%1) than the bundle&apos;s (%2) and is never downgraded.</source>
        <translation>Die Firmware des Netzwerk-Coprozessors ist neuer (%1) als die im Paket (%2) und wird nie heruntergestuft.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="816"/>
        <source>The device&apos;s modules could not be read, so every part is written: %1</source>
        <translation>Die Module des Geräts konnten nicht gelesen werden, daher werden alle Teile geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="823"/>
        <source>The device&apos;s modules were read back over DFU: what is at the target version and passes its checks is not written again.</source>
        <translation>Die Module des Geräts wurden über DFU zurückgelesen: Was die Zielversion hat und seine Prüfungen besteht, wird nicht erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="827"/>
        <source>The %1 could not be read over DFU: %2</source>
        <translation>%1 konnte nicht über DFU gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="843"/>
        <source>the device&apos;s modules are unknown</source>
        <translation>die Module des Geräts sind unbekannt</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="844"/>
        <source>could not be read over DFU</source>
        <translation>konnte nicht über DFU gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="845"/>
        <source>missing on the device</source>
        <translation>fehlt auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="846"/>
        <source>fails its checks on the device</source>
        <translation>besteht die Prüfungen auf dem Gerät nicht</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="847"/>
        <source>version %1 → %2</source>
        <translation>Version %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="883"/>
        <source>The device&apos;s Device OS is unknown or not running, so the bootloader is sent after the system parts; the device may start in safe mode (breathing magenta) until then.</source>
        <translation>Das Device OS des Geräts ist unbekannt oder läuft nicht, daher wird der Bootloader nach den Systemteilen gesendet; bis dahin startet das Gerät möglicherweise im abgesicherten Modus (magenta pulsierend).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1002"/>
        <source>The device already runs this user firmware (same SHA-256); it is not written again.</source>
        <translation>Auf dem Gerät läuft bereits diese Anwender-Firmware (gleicher SHA-256); sie wird nicht erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="980"/>
        <source>a 128 KB application there would run instead of the new 256 KB one</source>
        <translation>eine dort vorhandene 128-KB-Anwendung würde anstelle der neuen 256-KB-Anwendung laufen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="503"/>
        <source>The %1 of Device OS %2 cannot be sent before the %3: the device&apos;s %3 needs the %1 at version %4 or newer, so the device would refuse it (error -1340). Allow DFU, or send the %3 first.</source>
        <translation>%1 von Device OS %2 kann nicht vor %3 gesendet werden: %3 des Geräts braucht %1 in Version %4 oder neuer, daher würde das Gerät es ablehnen (Fehler -1340). Erlauben Sie DFU oder senden Sie zuerst %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="511"/>
        <source>The %1 of Device OS %2 needs the %3 at version %4 or newer on the device before it arrives, and this plan cannot put it there first: the device would refuse it (error -1340) or fail to start. Allow DFU, or restore through an intermediate Device OS release.</source>
        <translation>%1 von Device OS %2 braucht %3 in Version %4 oder neuer auf dem Gerät, bevor es ankommt, und dieser Plan kann es nicht vorher dorthin bringen: Das Gerät würde es ablehnen (Fehler -1340) oder nicht starten. Erlauben Sie DFU oder stellen Sie über ein dazwischenliegendes Device-OS-Release wieder her.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1098"/>
        <source>No Device OS binaries were given.</source>
        <translation>Es wurden keine Device-OS-Binärdateien angegeben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1103"/>
        <source>User firmware from a file was chosen, but no file was given.</source>
        <translation>Anwender-Firmware aus einer Datei wurde gewählt, aber keine Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1116"/>
        <source>The model is not known, so the downgrade goes through Device OS 1.5.2 as the BRN402 and B402 require. Give the model (for example BRN404) to go straight to %1.</source>
        <translation>Das Modell ist unbekannt, daher führt das Downgrade über Device OS 1.5.2, wie es BRN402 und B402 erfordern. Geben Sie das Modell an (zum Beispiel BRN404), um direkt zu %1 zu wechseln.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1122"/>
        <source>The %1 goes from Device OS %2 to %3 in two stages: first 1.5.2, then, after it has connected to the cellular network once, %3.</source>
        <translation>%1 wechselt in zwei Stufen von Device OS %2 auf %3: zuerst 1.5.2, dann, nachdem es sich einmal mit dem Mobilfunknetz verbunden hat, %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1143"/>
        <source>let Device OS 1.5.2 start and connect to the cellular network (breathing cyan), then confirm</source>
        <translation>Device OS 1.5.2 starten und mit dem Mobilfunknetz verbinden lassen (cyan pulsierend), dann bestätigen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1146"/>
        <source>let Device OS %1 start before the next release</source>
        <translation>Device OS %1 vor dem nächsten Release starten lassen</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1171"/>
        <source>The device already has Device OS %1 and every module passes its checks: nothing will be written.</source>
        <translation>Das Gerät hat bereits Device OS %1, und jedes Modul besteht seine Prüfungen: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1200"/>
        <source>No platform was given.</source>
        <translation>Es wurde keine Plattform angegeben.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreReport</name>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="72"/>
        <source>Device Restore %1 report, %2</source>
        <translation>Bericht von Device Restore %1, %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="75"/>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="77"/>
        <source>Device: %1 (%2), simulated</source>
        <translation>Gerät: %1 (%2), simuliert</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="78"/>
        <source>Device: %1 (%2)</source>
        <translation>Gerät: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="81"/>
        <source>Device OS: %1 -&gt; %2</source>
        <translation>Device OS: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="82"/>
        <source>Device OS: unknown -&gt; %1</source>
        <translation>Device OS: unbekannt -&gt; %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="83"/>
        <source>Outcome: restored</source>
        <translation>Ergebnis: wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="84"/>
        <source>Outcome: cancelled</source>
        <translation>Ergebnis: abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="85"/>
        <source>Outcome: failed</source>
        <translation>Ergebnis: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="87"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="88"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="91"/>
        <source>%1. %2: %3 (%4 ms) - %5</source>
        <comment>step number, part, outcome, time, error</comment>
        <translation>%1. %2: %3 (%4 ms) - %5</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="96"/>
        <source>%1. %2: %3 (%4 ms)</source>
        <comment>step number, part, outcome, time</comment>
        <translation>%1. %2: %3 (%4 ms)</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="103"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="106"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="110"/>
        <source>Computer check:</source>
        <translation>Prüfung des Computers:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="112"/>
        <source>Computer check: not run.</source>
        <translation>Prüfung des Computers: nicht durchgeführt.</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="113"/>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="129"/>
        <source>The report could not be saved to %1.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="130"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>dr::SafeZip</name>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="22"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 ist keine lesbare ZIP-Datei.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="23"/>
        <source>Nothing was kept. Fetch it again; if it stays so, the file is damaged at its source.</source>
        <translation>Es wurde nichts behalten. Laden Sie sie erneut; bleibt es so, ist die Datei schon an der Quelle beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="101"/>
        <source>%1 holds %2 entries, more than the %3 such a file can hold.</source>
        <translation>%1 enthält %2 Einträge, mehr als die %3, die eine solche Datei haben kann.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="105"/>
        <source>Nothing was kept. This is not a Device OS release file; fetch it again from the catalog&apos;s source.</source>
        <translation>Es wurde nichts behalten. Dies ist keine Device-OS-Release-Datei; laden Sie sie erneut von der Quelle des Katalogs.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="117"/>
        <source>%1 holds an entry named &quot;%2&quot; with %3.</source>
        <translation>%1 enthält einen Eintrag namens „%2“ mit %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="118"/>
        <source>Nothing was kept. Release files never hold such names: do not use this file; fetch the release again from the catalog&apos;s source.</source>
        <translation>Es wurde nichts behalten. Release-Dateien enthalten nie solche Namen: Verwenden Sie diese Datei nicht; laden Sie das Release erneut von der Quelle des Katalogs.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="125"/>
        <source>%1 holds a symbolic link, &quot;%2&quot;.</source>
        <translation>%1 enthält einen symbolischen Link, „%2“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="126"/>
        <source>Nothing was kept. Release files never hold links: do not use this file.</source>
        <translation>Es wurde nichts behalten. Release-Dateien enthalten nie Links: Verwenden Sie diese Datei nicht.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="129"/>
        <source>%1 holds an encrypted entry, &quot;%2&quot;.</source>
        <translation>%1 enthält einen verschlüsselten Eintrag, „%2“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="130"/>
        <source>Nothing was kept. Release files are never encrypted.</source>
        <translation>Es wurde nichts behalten. Release-Dateien sind nie verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="135"/>
        <source>%1: the entry &quot;%2&quot; claims %3 bytes, more than any firmware file.</source>
        <translation>%1: Der Eintrag „%2“ gibt %3 Bytes an, mehr als jede Firmware-Datei.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="138"/>
        <location filename="../core/catalog/safezip.cpp" line="143"/>
        <source>Nothing was kept and nothing was unpacked. Do not use this file.</source>
        <translation>Es wurde nichts behalten und nichts entpackt. Verwenden Sie diese Datei nicht.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="142"/>
        <source>%1 claims more than %2 bytes when unpacked.</source>
        <translation>%1 gibt entpackt mehr als %2 Bytes an.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="147"/>
        <source>%1 holds &quot;%2&quot; twice.</source>
        <translation>%1 enthält „%2“ doppelt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="148"/>
        <location filename="../core/catalog/safezip.cpp" line="173"/>
        <source>Nothing was kept. Do not use this file.</source>
        <translation>Es wurde nichts behalten. Verwenden Sie diese Datei nicht.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="172"/>
        <source>%1 is %2 bytes, larger than such a file can be.</source>
        <translation>%1 ist %2 Bytes groß, größer als eine solche Datei sein kann.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="198"/>
        <source>%1 does not hold %2.</source>
        <translation>%1 enthält %2 nicht.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="199"/>
        <source>Fetch it again.</source>
        <translation>Laden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="249"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="250"/>
        <source>Check that the folder exists, is writable and has free space.</source>
        <translation>Prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
</context>
<context>
    <name>dr::SerialModeSwitch</name>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="86"/>
        <source>Cannot open the serial port %1.</source>
        <translation>Der serielle Port %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="87"/>
        <source>Check that the device is connected and not used by another program.</source>
        <translation>Prüfen Sie, ob das Gerät angeschlossen ist und nicht von einem anderen Programm verwendet wird.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="93"/>
        <source>The serial port refused the baud rate %1.</source>
        <translation>Der serielle Port hat die Baudrate %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="94"/>
        <source>Put the device in the mode by hand (see the instructions).</source>
        <translation>Versetzen Sie das Gerät von Hand in den Modus (siehe Anleitung).</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="103"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="104"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="114"/>
        <source>blinking</source>
        <translation>blinkend</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="105"/>
        <source>Put the device in DFU mode</source>
        <translation>Gerät in den DFU-Modus versetzen</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="106"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="124"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1).</source>
        <translation>Halten Sie die MODE-Taste gedrückt (SETUP bei Photon oder P1).</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="107"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="125"/>
        <source>While holding it, press and release RESET.</source>
        <translation>Drücken Sie dabei kurz RESET und lassen Sie die Taste wieder los.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="108"/>
        <source>Keep holding MODE: the LED blinks magenta, then yellow.</source>
        <translation>Halten Sie MODE weiter gedrückt: Die LED blinkt magenta, dann gelb.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="109"/>
        <source>Release MODE as soon as the LED blinks yellow.</source>
        <translation>Lassen Sie MODE los, sobald die LED gelb blinkt.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="110"/>
        <source>The status LED blinks yellow.</source>
        <translation>Die Status-LED blinkt gelb.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="113"/>
        <source>dark blue</source>
        <translation>dunkelblau</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="115"/>
        <source>Put the device in listening mode</source>
        <translation>Gerät in den Listening-Modus versetzen</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="116"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1) for about three seconds.</source>
        <translation>Halten Sie die MODE-Taste (SETUP bei Photon oder P1) etwa drei Sekunden gedrückt.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="117"/>
        <source>Release it when the LED blinks dark blue.</source>
        <translation>Lassen Sie sie los, wenn die LED dunkelblau blinkt.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="118"/>
        <source>The status LED blinks dark blue.</source>
        <translation>Die Status-LED blinkt dunkelblau.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="121"/>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="122"/>
        <source>breathing</source>
        <translation>pulsierend</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="123"/>
        <source>Put the device in safe mode</source>
        <translation>Gerät in den abgesicherten Modus versetzen</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="126"/>
        <source>Release MODE as soon as the LED blinks magenta.</source>
        <translation>Lassen Sie MODE los, sobald die LED magenta blinkt.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="127"/>
        <source>The status LED breathes magenta once it is connected.</source>
        <translation>Die Status-LED pulsiert magenta, sobald das Gerät verbunden ist.</translation>
    </message>
</context>
<context>
    <name>dr::Sidecar</name>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="74"/>
        <location filename="../core/catalog/sidecar.cpp" line="144"/>
        <source>Fetch the release again; the module-info file beside its zip is damaged.</source>
        <translation>Laden Sie das Release erneut; die Modulinfo-Datei neben seiner ZIP-Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="143"/>
        <source>%1 describes no module.</source>
        <translation>%1 beschreibt kein Modul.</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="307"/>
        <source>%1: the module-info file says something else than the module&apos;s bytes (%2).</source>
        <translation>%1: Die Modulinfo-Datei sagt etwas anderes als die Bytes des Moduls (%2).</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="309"/>
        <source>Nothing was kept. Fetch the release again; if it stays so, the published files are inconsistent: use another release or a mirror.</source>
        <translation>Es wurde nichts behalten. Laden Sie das Release erneut; bleibt es so, sind die veröffentlichten Dateien inkonsistent: Verwenden Sie ein anderes Release oder einen Spiegel.</translation>
    </message>
</context>
<context>
    <name>dr::StationService</name>
    <message>
        <location filename="../core/station/stationservice.cpp" line="146"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="169"/>
        <source>Waiting for the person: %1</source>
        <translation>Wartet auf die Person: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person went on</source>
        <translation>Die Person hat fortgesetzt</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person stopped</source>
        <translation>Die Person hat abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="238"/>
        <source>Restore started</source>
        <translation>Wiederherstellung gestartet</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="248"/>
        <location filename="../core/station/stationservice.cpp" line="868"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="257"/>
        <source>Cancelled while reading its modules.</source>
        <translation>Beim Lesen der Module abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="266"/>
        <source>Unplugged while its modules were read.</source>
        <translation>Beim Lesen der Module abgesteckt.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="287"/>
        <source>Choose the application&apos;s .bin file in the recipe.</source>
        <translation>Wählen Sie im Rezept die .bin-Datei der Anwendung.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="296"/>
        <source>The station has no Device OS releases to restore from.</source>
        <translation>Die Station hat keine Device-OS-Releases, aus denen sie wiederherstellen kann.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="297"/>
        <source>Open binaries or a restore kit, or allow the release catalog.</source>
        <translation>Öffnen Sie Binärdateien oder ein Wiederherstellungspaket, oder erlauben Sie den Release-Katalog.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="303"/>
        <source>Cancelled while its releases were prepared.</source>
        <translation>Beim Vorbereiten der Releases abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="321"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="339"/>
        <source>Writing %1 module(s): Device OS %2 to %3</source>
        <translation>Schreibt %1 Modul(e): Device OS %2 auf %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="354"/>
        <source>Unplugged during step %1 of %2.</source>
        <translation>In Schritt %1 von %2 abgesteckt.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="355"/>
        <source>Unplugged during the restore.</source>
        <translation>Während der Wiederherstellung abgesteckt.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="360"/>
        <source>The restore did not finish.</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="375"/>
        <source>Restored to Device OS %1; final inspection passed</source>
        <translation>Auf Device OS %1 wiederhergestellt; Schlussprüfung bestanden</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="378"/>
        <source>Already at Device OS %1; nothing written</source>
        <translation>Bereits auf Device OS %1; nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="381"/>
        <location filename="../core/station/stationservice.cpp" line="695"/>
        <source>Not suitable: %1</source>
        <translation>Nicht geeignet: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="384"/>
        <location filename="../core/station/stationservice.cpp" line="869"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="415"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="432"/>
        <source>The summary could not be written: %1</source>
        <translation>Die Zusammenfassung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="605"/>
        <source>Plugged in (USB port %1, %2)</source>
        <translation>Angesteckt (USB-Port %1, %2)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="626"/>
        <source>Plugged in again (USB port %1)</source>
        <translation>Wieder angesteckt (USB-Port %1)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="643"/>
        <source>Unplugged</source>
        <translation>Abgesteckt</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="658"/>
        <source>The %1 cannot be restored: %2</source>
        <translation>Das Gerät %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="662"/>
        <source>The recipe is for the %1; this is a %2.</source>
        <translation>Das Rezept ist für %1; dies ist ein %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="670"/>
        <source>The recipe allows only %1, none of which is a %2 model.</source>
        <translation>Das Rezept erlaubt nur %1, und keines davon ist ein Modell des %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="679"/>
        <source>the %1 needs %2 or newer</source>
        <translation>%1 benötigt %2 oder neuer</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="681"/>
        <source>The recipe&apos;s Device OS %1 is below the model minimum: %2.</source>
        <translation>Device OS %1 aus dem Rezept liegt unter dem Minimum des Modells: %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="690"/>
        <source>Its platform is not known.</source>
        <translation>Seine Plattform ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="723"/>
        <source>Queued: %1 devices are restored at once.</source>
        <translation>In der Warteschlange: %1 Geräte werden gleichzeitig wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="724"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="759"/>
        <source>This %1 shows no device ID over USB and its USB port is not known, so it cannot be told from other devices.</source>
        <translation>Dieses Gerät %1 zeigt über USB keine Geräte-ID und sein USB-Port ist unbekannt, daher kann es nicht von anderen Geräten unterschieden werden.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="763"/>
        <source>This %1 (USB port %2) and the one on USB port %3 both show the USB serial number %4 instead of a device ID (old Device OS): which serial port is this one&apos;s cannot be told.</source>
        <translation>Dieses Gerät %1 (USB-Port %2) und das an USB-Port %3 zeigen beide die USB-Seriennummer %4 statt einer Geräte-ID (altes Device OS): Welcher serielle Port zu diesem gehört, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="774"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>dr::UdevRuleFix</name>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="23"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="24"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="30"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="35"/>
        <source>Run the fix as administrator.</source>
        <translation>Führen Sie die Korrektur als Administrator aus.</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="29"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="34"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="55"/>
        <source>The rule is installed, but udev did not reload its rules (udevadm %1).</source>
        <translation>Die Regel ist installiert, aber udev hat seine Regeln nicht neu geladen (udevadm %1).</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="57"/>
        <source>Unplug the device and plug it in again; if it still cannot be opened, restart the computer.</source>
        <translation>Ziehen Sie das Gerät ab und stecken Sie es wieder ein; lässt es sich dann noch nicht öffnen, starten Sie den Computer neu.</translation>
    </message>
</context>
<context>
    <name>dr::UsbDeviceFinder</name>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="29"/>
        <source>A Particle device did not appear on USB within %1 s.</source>
        <translation>Innerhalb von %1 s ist kein Particle-Gerät an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="30"/>
        <source>The device %1 did not appear on USB within %2 s.</source>
        <translation>Das Gerät %1 ist nicht innerhalb von %2 s an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="35"/>
        <source>A Particle device did not appear on USB in DFU mode within %1 s.</source>
        <translation>Innerhalb von %1 s ist kein Particle-Gerät im DFU-Modus an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="37"/>
        <source>The device %1 did not appear on USB in DFU mode within %2 s.</source>
        <translation>Das Gerät %1 ist nicht innerhalb von %2 s im DFU-Modus an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="41"/>
        <source>A Particle device did not appear on USB in normal mode within %1 s.</source>
        <translation>Innerhalb von %1 s ist kein Particle-Gerät im normalen Modus an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="43"/>
        <source>The device %1 did not appear on USB in normal mode within %2 s.</source>
        <translation>Das Gerät %1 ist nicht innerhalb von %2 s im normalen Modus an USB erschienen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="81"/>
        <source>%1 %2 devices are attached that do not tell their device ID over USB (old Device OS); this one cannot be told from the others.</source>
        <translation>Es sind %1 %2-Geräte angeschlossen, die ihre Geräte-ID nicht über USB angeben (altes Device OS); dieses lässt sich nicht von den anderen unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="85"/>
        <source>Unplug all but the device to work on, then try again. Nothing was written.</source>
        <translation>Trennen Sie alle Geräte außer dem zu bearbeitenden und versuchen Sie es erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="145"/>
        <source>Waiting for the device</source>
        <translation>Warten auf das Gerät</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="153"/>
        <source>Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the LED blinks yellow. Then try again.</source>
        <translation>Versetzen Sie es von Hand in den DFU-Modus: MODE gedrückt halten, RESET kurz drücken, MODE loslassen, sobald die LED gelb blinkt. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="155"/>
        <source>Check the cable; if the LED is dark, press RESET. Then try again.</source>
        <translation>Prüfen Sie das Kabel; wenn die LED aus ist, drücken Sie RESET. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="174"/>
        <source>Waiting for the device to reset</source>
        <translation>Warten auf den Neustart des Geräts</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="178"/>
        <source>The device did not reset within %1 s.</source>
        <translation>Das Gerät wurde nicht innerhalb von %1 s zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="179"/>
        <source>Press RESET on the device and try again.</source>
        <translation>Drücken Sie RESET am Gerät und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::UsbError</name>
    <message>
        <location filename="../core/usb/usberror.cpp" line="57"/>
        <source>Windows did not let this program open the device.</source>
        <translation>Windows hat diesem Programm nicht erlaubt, das Gerät zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="58"/>
        <source>The WinUSB driver is not bound to it: unplug and re-plug the device, or bind WinUSB with Zadig, then try again.</source>
        <translation>Der WinUSB-Treiber ist nicht an das Gerät gebunden: Stecken Sie es ab und wieder an oder binden Sie WinUSB mit Zadig, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="63"/>
        <source>Linux did not give this program access to the device.</source>
        <translation>Linux hat diesem Programm keinen Zugriff auf das Gerät gegeben.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="64"/>
        <source>The udev rule for Particle devices is missing: save these lines as /etc/udev/rules.d/50-particle.rules, run &apos;sudo udevadm control --reload&apos;, re-plug the device:
</source>
        <translation>Die udev-Regel für Particle-Geräte fehlt: Speichern Sie diese Zeilen als /etc/udev/rules.d/50-particle.rules, führen Sie „sudo udevadm control --reload“ aus und stecken Sie das Gerät ab und wieder an:
</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="70"/>
        <source>The system did not give this program access to the device.</source>
        <translation>Das System hat diesem Programm keinen Zugriff auf das Gerät gegeben.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="71"/>
        <source>Close other programs that use the device (particle CLI, serial monitors) and try again.</source>
        <translation>Schließen Sie andere Programme, die das Gerät verwenden (particle CLI, serielle Monitore), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="76"/>
        <source>The device disconnected during %1.</source>
        <translation>Die Verbindung zum Gerät wurde getrennt (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="77"/>
        <source>Check the cable and the connection, plug the device in again and retry.</source>
        <translation>Prüfen Sie Kabel und Verbindung, schließen Sie das Gerät erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="81"/>
        <source>The device did not answer %1 in time.</source>
        <translation>Das Gerät hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="82"/>
        <source>Reset the device (press RESET), re-plug it, and try again.</source>
        <translation>Setzen Sie das Gerät zurück (RESET drücken), stecken Sie es ab und wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="84"/>
        <source>The device refused %1 (stall).</source>
        <translation>Das Gerät hat den Vorgang abgelehnt (Stall): %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="85"/>
        <source>The device may not support this request in its current mode or version; reset it and try again.</source>
        <translation>Das Gerät unterstützt diese Anfrage in seinem aktuellen Modus oder seiner Version möglicherweise nicht; setzen Sie es zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="90"/>
        <source>Another program is using the device.</source>
        <translation>Ein anderes Programm verwendet das Gerät.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="91"/>
        <source>Close other programs that use the device (particle CLI, dfu-util, serial monitors) and try again.</source>
        <translation>Schließen Sie andere Programme, die das Gerät verwenden (particle CLI, dfu-util, serielle Monitore), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="96"/>
        <source>The device or its interface was not found for %1.</source>
        <translation>Das Gerät oder seine Schnittstelle wurde nicht gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="97"/>
        <location filename="../core/usb/usberror.cpp" line="125"/>
        <source>Re-plug the device and try again.</source>
        <translation>Stecken Sie das Gerät ab und wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="100"/>
        <source>The device sent more data than asked for in %1.</source>
        <translation>Das Gerät hat mehr Daten gesendet als angefordert (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="101"/>
        <location filename="../core/usb/usberror.cpp" line="275"/>
        <location filename="../core/usb/usberror.cpp" line="281"/>
        <location filename="../core/usb/usberror.cpp" line="448"/>
        <location filename="../core/usb/usberror.cpp" line="454"/>
        <location filename="../core/usb/usberror.cpp" line="462"/>
        <source>Reset the device and try again.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="104"/>
        <source>The computer ran out of memory during %1.</source>
        <translation>Dem Computer ist der Speicher ausgegangen (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="105"/>
        <source>Close other programs and try again.</source>
        <translation>Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="108"/>
        <source>The system&apos;s USB stack does not support %1.</source>
        <translation>Der USB-Stack des Systems unterstützt dies nicht: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="109"/>
        <source>Bind the WinUSB driver to the device (Zadig).</source>
        <translation>Binden Sie den WinUSB-Treiber an das Gerät (Zadig).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="110"/>
        <source>Check that libusb works on this system.</source>
        <translation>Prüfen Sie, ob libusb auf diesem System funktioniert.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="113"/>
        <source>%1 was interrupted.</source>
        <translation>Unterbrochen: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="114"/>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="117"/>
        <source>%1 was called with invalid parameters.</source>
        <translation>Aufruf mit ungültigen Parametern: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="118"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>Dies ist ein Fehler in Device Restore; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="121"/>
        <source>A USB input/output error happened during %1.</source>
        <translation>USB-Ein-/Ausgabefehler (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="122"/>
        <source>Try another cable or USB port, avoid hubs, and retry.</source>
        <translation>Versuchen Sie ein anderes Kabel oder einen anderen USB-Port, vermeiden Sie Hubs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="124"/>
        <source>USB error during %1.</source>
        <translation>USB-Fehler (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="131"/>
        <source>%1 was cancelled.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="132"/>
        <source>Run it again when ready; the device stays in its current mode.</source>
        <translation>Führen Sie den Vorgang erneut aus, wenn Sie bereit sind; das Gerät bleibt in seinem aktuellen Modus.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="161"/>
        <location filename="../core/usb/usberror.cpp" line="245"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again.</source>
        <translation>Starten Sie das Gerät im DFU-Modus (gelb blinkend) neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="164"/>
        <source>The device refused the target of %1 (errTARGET).</source>
        <translation>Das Gerät hat das Ziel abgelehnt (%1; errTARGET).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="167"/>
        <source>The device rejected the file (errFILE).</source>
        <translation>Das Gerät hat die Datei abgelehnt (errFILE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="170"/>
        <source>The device could not write its flash (errWRITE).</source>
        <translation>Das Gerät konnte seinen Flash-Speicher nicht beschreiben (errWRITE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="171"/>
        <source>The area may be read-only or the flash worn: reset the device into DFU mode and try again; if it repeats, the device may need service.</source>
        <translation>Der Bereich ist möglicherweise schreibgeschützt oder der Flash-Speicher abgenutzt: Starten Sie das Gerät im DFU-Modus neu und versuchen Sie es erneut; wenn es wieder auftritt, muss das Gerät eventuell repariert werden.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="176"/>
        <source>The device could not erase its flash (errERASE).</source>
        <translation>Das Gerät konnte seinen Flash-Speicher nicht löschen (errERASE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="179"/>
        <source>The device&apos;s erase check failed (errCHECK_ERASED).</source>
        <translation>Die Löschprüfung des Geräts ist fehlgeschlagen (errCHECK_ERASED).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="182"/>
        <source>The device&apos;s program operation failed (errPROG).</source>
        <translation>Der Programmiervorgang des Geräts ist fehlgeschlagen (errPROG).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="185"/>
        <source>The device read back different bytes than were written (errVERIFY).</source>
        <translation>Das Gerät hat andere Bytes zurückgelesen als geschrieben wurden (errVERIFY).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="188"/>
        <source>The device refused the address (errADDRESS).</source>
        <translation>Das Gerät hat die Adresse abgelehnt (errADDRESS).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="191"/>
        <source>The device says the download is incomplete (errNOTDONE).</source>
        <translation>Laut Gerät ist der Download unvollständig (errNOTDONE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="194"/>
        <source>The device found the firmware corrupt (errFIRMWARE).</source>
        <translation>Das Gerät hat die Firmware als beschädigt erkannt (errFIRMWARE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="195"/>
        <source>Flash a complete, valid firmware in DFU mode.</source>
        <translation>Flashen Sie eine vollständige, gültige Firmware im DFU-Modus.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="204"/>
        <source>The device saw an unexpected USB reset (errUSBR).</source>
        <translation>Das Gerät hat einen unerwarteten USB-Reset festgestellt (errUSBR).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="207"/>
        <source>The device saw an unexpected power-on reset (errPOR).</source>
        <translation>Das Gerät hat einen unerwarteten Power-on-Reset festgestellt (errPOR).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="216"/>
        <source>The device did not expect the request %1 (errSTALLEDPKT).</source>
        <translation>Das Gerät hat die Anfrage nicht erwartet (%1; errSTALLEDPKT).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="219"/>
        <source>The device reported no error but %1 did not complete.</source>
        <translation>Das Gerät hat keinen Fehler gemeldet, aber der Vorgang wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="222"/>
        <source>The device reported DFU status %1 during %2.</source>
        <translation>Das Gerät hat den DFU-Status %1 gemeldet (%2).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="231"/>
        <source>The device&apos;s bootloader could not carry out %1: it stalled the status request that reports the result, which is how Gen 2 bootloaders signal a failed erase or write.</source>
        <translation>Der Bootloader des Geräts konnte %1 nicht ausführen: Er hat die Statusanfrage, die das Ergebnis meldet, blockiert (Stall). So melden Gen-2-Bootloader ein fehlgeschlagenes Löschen oder Schreiben.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="235"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn or protected.</source>
        <translation>Setzen Sie das Gerät in den DFU-Modus zurück (blinkt gelb) und versuchen Sie es erneut; schlägt es an derselben Adresse wieder fehl, ist der Flash dort vielleicht abgenutzt oder geschützt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="243"/>
        <source>The device is in DFU state %1 during %2, expected %3.</source>
        <translation>Das Gerät ist im DFU-Zustand %1 (%2), erwartet: %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="269"/>
        <source>The device is busy with other requests.</source>
        <translation>Das Gerät ist mit anderen Anfragen beschäftigt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="270"/>
        <source>Close other programs that talk to the device (particle CLI, the web console) and try again.</source>
        <translation>Schließen Sie andere Programme, die mit dem Gerät kommunizieren (particle CLI, die Web-Konsole), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="274"/>
        <source>The device has no memory left for the request.</source>
        <translation>Das Gerät hat keinen Speicher mehr für die Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="277"/>
        <source>The device lost track of the request.</source>
        <translation>Das Gerät hat die Anfrage verloren.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="278"/>
        <source>Try again; if it repeats, reset the device.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, setzen Sie das Gerät zurück.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="280"/>
        <source>The device could not process the request.</source>
        <translation>Das Gerät konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="294"/>
        <source>The device found no Particle module in what it was sent.</source>
        <translation>Das Gerät hat in den gesendeten Daten kein Particle-Modul gefunden.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="295"/>
        <source>Check that the file is a Device OS module binary, not a zip or an ELF file, then try again.</source>
        <translation>Prüfen Sie, ob die Datei eine Device-OS-Modul-Binärdatei ist (keine ZIP- oder ELF-Datei), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="299"/>
        <source>The device does not take this kind of module over USB.</source>
        <translation>Das Gerät nimmt diese Art von Modul nicht über USB an.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="300"/>
        <source>Restore this module over DFU instead.</source>
        <translation>Stellen Sie dieses Modul stattdessen per DFU wieder her.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="302"/>
        <source>The device refused the module: it failed its validation.</source>
        <translation>Das Gerät hat das Modul abgelehnt: Es hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="303"/>
        <source>Check that the file is a module for this device and its Device OS, then try again.</source>
        <translation>Prüfen Sie, ob die Datei ein Modul für dieses Gerät und sein Device OS ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="308"/>
        <source>The device refused the module: its CRC does not match (the file or the transfer is damaged).</source>
        <translation>Das Gerät hat das Modul abgelehnt: Seine CRC stimmt nicht (die Datei oder die Übertragung ist beschädigt).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="310"/>
        <source>Open the release binaries again and retry; use another cable if it happens again.</source>
        <translation>Öffnen Sie die Release-Binärdateien erneut und versuchen Sie es noch einmal; passiert es wieder, verwenden Sie ein anderes Kabel.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="315"/>
        <source>The device refused the module: a module it depends on is missing or too old, or an installed module needs a newer version of it.</source>
        <translation>Das Gerät hat das Modul abgelehnt: Ein Modul, von dem es abhängt, fehlt oder ist zu alt, oder ein installiertes Modul braucht eine neuere Version davon.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="317"/>
        <source>Send the module it depends on first (for Gen 3 system parts: the bootloader), or restore over DFU.</source>
        <translation>Senden Sie zuerst das Modul, von dem es abhängt (bei Gen-3-Systemteilen: den Bootloader), oder stellen Sie per DFU wieder her.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="322"/>
        <source>The device refused the module: its addresses do not fit any of the device&apos;s module slots.</source>
        <translation>Das Gerät hat das Modul abgelehnt: Seine Adressen passen in keinen Modulplatz des Geräts.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="324"/>
        <source>Check that the module is built for this device and its Device OS layout.</source>
        <translation>Prüfen Sie, ob das Modul für dieses Gerät und die Speicheraufteilung seines Device OS gebaut ist.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="328"/>
        <source>The device refused the module: it is built for another platform.</source>
        <translation>Das Gerät hat das Modul abgelehnt: Es ist für eine andere Plattform gebaut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="329"/>
        <source>Use the binary built for this device&apos;s platform.</source>
        <translation>Verwenden Sie die Binärdatei für die Plattform dieses Geräts.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="331"/>
        <source>The device refused the module: its format is not one it reads.</source>
        <translation>Das Gerät hat das Modul abgelehnt: Es kann sein Format nicht lesen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="332"/>
        <source>Use a module built for this Device OS release.</source>
        <translation>Verwenden Sie ein Modul, das für dieses Device-OS-Release gebaut ist.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="392"/>
        <source>Check that the file is a complete module built for this device and this Device OS, then try again; nothing was installed.</source>
        <translation>Prüfen Sie, ob die Datei ein vollständiges, für dieses Gerät und dieses Device OS gebautes Modul ist, und versuchen Sie es dann erneut; es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="396"/>
        <source>The device could not write the update to its flash.</source>
        <translation>Das Gerät konnte das Update nicht in seinen Flash schreiben.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="397"/>
        <source>Reset the device and try again; if it repeats, its flash may be worn.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut; wiederholt es sich, ist sein Flash vielleicht abgenutzt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="399"/>
        <source>The device refused a piece of the update: it was empty or ran past the size announced at the start, and the device cancelled the update.</source>
        <translation>Das Gerät hat einen Teil des Updates verweigert: Er war leer oder ging über die zu Beginn angekündigte Größe hinaus, und das Gerät hat das Update abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="401"/>
        <source>Start the update again; if it repeats, this is a bug in Device Restore, please report it.</source>
        <translation>Starten Sie das Update erneut; wiederholt es sich, ist das ein Fehler in Device Restore, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="404"/>
        <source>The update is too large for the device&apos;s update area.</source>
        <translation>Das Update ist zu groß für den Update-Bereich des Geräts.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="406"/>
        <source>The device has firmware updates disabled.</source>
        <translation>Auf dem Gerät sind Firmware-Updates deaktiviert.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="407"/>
        <source>Enable updates in the device&apos;s application (System.enableUpdates()), or restore it in DFU mode.</source>
        <translation>Aktivieren Sie Updates in der Anwendung des Geräts (System.enableUpdates()) oder stellen Sie es im DFU-Modus wieder her.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="429"/>
        <source>The device&apos;s Device OS does not support this request.</source>
        <translation>Das Device OS des Geräts unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="435"/>
        <source>The device does not allow this request now.</source>
        <translation>Das Gerät erlaubt diese Anfrage derzeit nicht.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="442"/>
        <source>The device is protected (Device Protection) and refused the request.</source>
        <translation>Das Gerät ist geschützt (Device Protection) und hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="447"/>
        <source>The device took too long to process the request.</source>
        <translation>Das Gerät hat zu lange für die Verarbeitung der Anfrage gebraucht.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="457"/>
        <source>The device rejected the data it was sent.</source>
        <translation>Das Gerät hat die gesendeten Daten abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="461"/>
        <source>The device could not carry out the request.</source>
        <translation>Das Gerät konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="430"/>
        <source>Put the device into DFU mode by hand (hold MODE, tap RESET, release at blinking yellow) and continue there.</source>
        <translation>Versetzen Sie das Gerät von Hand in den DFU-Modus (MODE gedrückt halten, RESET kurz drücken, bei gelbem Blinken loslassen) und fahren Sie dort fort.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="199"/>
        <source>The device refused %1 (errVENDOR): it has Device Protection on.</source>
        <translation>Das Gerät hat %1 verweigert (errVENDOR): Device Protection ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="200"/>
        <source>Turn Device Protection off for this device (Particle console, or &apos;particle device-protection disable&apos;), then try again.</source>
        <translation>Schalten Sie Device Protection für dieses Gerät aus (Particle-Konsole oder &apos;particle device-protection disable&apos;) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="211"/>
        <source>The device&apos;s bootloader could not carry out %1 (errUNKNOWN).</source>
        <translation>Der Bootloader des Geräts konnte %1 nicht ausführen (errUNKNOWN).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="212"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn.</source>
        <translation>Setzen Sie das Gerät in den DFU-Modus zurück (blinkt gelb) und versuchen Sie es erneut; schlägt es an derselben Adresse wieder fehl, ist der Flash dort vielleicht abgenutzt.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="436"/>
        <source>Put the device in listening mode (hold MODE until blinking dark blue) and try again.</source>
        <translation>Versetzen Sie das Gerät in den Listening-Modus (MODE gedrückt halten, bis es dunkelblau blinkt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="443"/>
        <source>Unprotect the device from the Particle console, or put it in service mode.</source>
        <translation>Heben Sie den Schutz des Geräts in der Particle-Konsole auf oder versetzen Sie es in den Service-Modus.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="452"/>
        <source>The device was not ready for the request (for an update: it had not received all of it, or no update was started).</source>
        <translation>Das Gerät war für die Anfrage nicht bereit (bei einem Update: Es hatte noch nicht alles empfangen, oder es wurde kein Update gestartet).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="458"/>
        <source>Check that the file is a valid module for this device.</source>
        <translation>Prüfen Sie, ob die Datei ein gültiges Modul für dieses Gerät ist.</translation>
    </message>
</context>
<context>
    <name>dr::YmodemSender</name>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="48"/>
        <source>The transfer has not finished.</source>
        <translation>Die Übertragung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="57"/>
        <source>The file to send is empty.</source>
        <translation>Die zu sendende Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="58"/>
        <source>Choose a module binary (.bin) and try again.</source>
        <translation>Wählen Sie eine Modul-Binärdatei (.bin) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="115"/>
        <source>The device did not accept %1 after %2 attempts.</source>
        <translation>Das Gerät hat %1 nach %2 Versuchen nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="116"/>
        <source>Check the USB cable and port (avoid hubs), put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>Prüfen Sie USB-Kabel und -Port (Hubs vermeiden), versetzen Sie das Gerät wieder in den Listening-Modus (dunkelblau blinkend) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="214"/>
        <location filename="../core/serial/ymodemsender.cpp" line="328"/>
        <source>the file header</source>
        <translation>den Dateikopf</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="243"/>
        <location filename="../core/serial/ymodemsender.cpp" line="249"/>
        <location filename="../core/serial/ymodemsender.cpp" line="335"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="265"/>
        <location filename="../core/serial/ymodemsender.cpp" line="340"/>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="278"/>
        <source>the end of the session</source>
        <translation>das Sitzungsende</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="294"/>
        <location filename="../core/serial/ymodemsender.cpp" line="356"/>
        <location filename="../core/serial/ymodemsender.cpp" line="445"/>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="295"/>
        <location filename="../core/serial/ymodemsender.cpp" line="446"/>
        <source>The device keeps its installed modules; nothing was applied.</source>
        <translation>Das Gerät behält seine installierten Module; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="324"/>
        <source>The device did not start a YModem transfer within %1 s.</source>
        <translation>Das Gerät hat nicht innerhalb von %1 s eine YModem-Übertragung begonnen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="325"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue) and try again.</source>
        <translation>Versetzen Sie das Gerät in den Listening-Modus (MODE gedrückt halten, bis es dunkelblau blinkt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="330"/>
        <source>block 1</source>
        <translation>Block 1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="345"/>
        <source>The device did not confirm the file within %1 s of the end of the transfer.</source>
        <translation>Das Gerät hat die Datei nicht innerhalb von %1 s nach Ende der Übertragung bestätigt.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="347"/>
        <source>Reset the device, inspect it, and send the file again if it is not installed.</source>
        <translation>Setzen Sie das Gerät zurück, lesen Sie es aus und senden Sie die Datei erneut, falls sie nicht installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="357"/>
        <source>The device keeps its installed modules; nothing was applied. Reset it if it still blinks dark blue.</source>
        <translation>Das Gerät behält seine installierten Module; es wurde nichts übernommen. Setzen Sie es zurück, falls es noch dunkelblau blinkt.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="428"/>
        <source>This device&apos;s Device OS (6.0 or later) no longer accepts files over serial (YModem).</source>
        <translation>Das Device OS dieses Geräts (6.0 oder neuer) nimmt keine Dateien mehr seriell (YModem) an.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="429"/>
        <source>Flash it over USB control requests or DFU instead.</source>
        <translation>Flashen Sie es stattdessen über USB-Control-Requests oder DFU.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="432"/>
        <source>The device has no room for a file of %1 bytes.</source>
        <translation>Das Gerät hat keinen Platz für eine Datei mit %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="433"/>
        <source>Check that the file is a module for this platform.</source>
        <translation>Prüfen Sie, ob die Datei ein Modul für diese Plattform ist.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="436"/>
        <source>The device rejected the file after receiving it: %1</source>
        <translation>Das Gerät hat die Datei nach dem Empfang abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="437"/>
        <source>Check that the file is an intact module for this platform and that its dependencies are installed first.</source>
        <translation>Prüfen Sie, ob die Datei ein intaktes Modul für diese Plattform ist und ob seine Abhängigkeiten zuerst installiert wurden.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="442"/>
        <source>The device could not write the file to its flash.</source>
        <translation>Das Gerät konnte die Datei nicht in seinen Flash-Speicher schreiben.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="443"/>
        <source>Reset the device and try again; if it fails again, restore it over DFU.</source>
        <translation>Setzen Sie das Gerät zurück und versuchen Sie es erneut; schlägt es wieder fehl, stellen Sie es über DFU wieder her.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="448"/>
        <source>The device cancelled the transfer.</source>
        <translation>Das Gerät hat die Übertragung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="449"/>
        <source>The device cancelled the transfer: %1</source>
        <translation>Das Gerät hat die Übertragung abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="450"/>
        <source>Put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>Versetzen Sie das Gerät wieder in den Listening-Modus (dunkelblau blinkend) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dr::ui::DeviceLine</name>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="27"/>
        <source>Unknown platform</source>
        <translation>Unbekannte Plattform</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="28"/>
        <source>DFU mode (blinking yellow)</source>
        <translation>DFU-Modus (gelb blinkend)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="29"/>
        <source>running</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="32"/>
        <source>%1 · %2 · ID %3 · USB port %4</source>
        <comment>platform, mode, device ID, USB port</comment>
        <translation>%1 · %2 · ID %3 · USB-Port %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="34"/>
        <source>%1 · %2 · Device OS %3 · ID %4 · USB port %5</source>
        <comment>platform, mode, Device OS version, device ID, USB port</comment>
        <translation>%1 · %2 · Device OS %3 · ID %4 · USB-Port %5</translation>
    </message>
</context>
<context>
    <name>dr::ui::DevicePage</name>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="25"/>
        <source>Which device?</source>
        <translation>Welches Gerät?</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="26"/>
        <source>Choose the device to restore. The list follows what is plugged in.</source>
        <translation>Wählen Sie das Gerät, das wiederhergestellt werden soll. Die Liste folgt den angeschlossenen Geräten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="29"/>
        <source>Attached devices</source>
        <translation>Angeschlossene Geräte</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="30"/>
        <source>The Particle devices attached to this computer, with platform, mode, Device OS, device ID and USB port. Choose the one to restore.</source>
        <translation>Die an diesen Computer angeschlossenen Particle-Geräte mit Plattform, Modus, Device OS, Geräte-ID und USB-Port. Wählen Sie das Gerät, das wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="32"/>
        <source>No Particle device is attached.

Plug the device into this computer with a USB data cable (charge-only cables do not work). If it is attached and does not appear, hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode).</source>
        <translation>Es ist kein Particle-Gerät angeschlossen.

Schließen Sie das Gerät mit einem USB-Datenkabel an diesen Computer an (reine Ladekabel funktionieren nicht). Wenn es angeschlossen ist, aber nicht erscheint: Halten Sie MODE gedrückt, drücken Sie kurz RESET und halten Sie MODE weiter, bis die LED gelb blinkt (DFU-Modus).</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="45"/>
        <source>Check this computer…</source>
        <translation>Diesen Computer prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="47"/>
        <source>Find out what stops this computer from opening the device, and fix it</source>
        <translation>Herausfinden, was diesen Computer am Öffnen des Geräts hindert, und es beheben</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="58"/>
        <source>&amp;Inspect modules</source>
        <translation>Module aus&amp;lesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="60"/>
        <source>Inspect modules</source>
        <translation>Module auslesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="61"/>
        <source>Read the modules on the selected device and show them with their checks</source>
        <translation>Die Module des gewählten Geräts lesen und mit ihren Prüfungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="68"/>
        <source>Device in listening mode that is not listed</source>
        <translation>Gerät im Listening-Modus, das nicht aufgeführt ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="69"/>
        <source>A device in listening mode blinks dark blue. If it is not in the list above, or its modules cannot be read over USB, enter its serial port and inspect it over serial.</source>
        <translation>Ein Gerät im Listening-Modus blinkt dunkelblau. Wenn es nicht in der Liste oben steht oder seine Module nicht über USB gelesen werden können, geben Sie seinen seriellen Port ein und lesen Sie es darüber aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="81"/>
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="82"/>
        <source>The path or name of the device&apos;s serial port, for example %1</source>
        <translation>Pfad oder Name des seriellen Ports des Geräts, zum Beispiel %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="84"/>
        <source>Serial &amp;port:</source>
        <translation>Serieller &amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="86"/>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>Inspect over &amp;serial</source>
        <translation>Über &amp;seriellen Port auslesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="88"/>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Inspect over serial</source>
        <translation>Über seriellen Port auslesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="89"/>
        <source>Ask the device on this serial port for its ID and modules</source>
        <translation>Das Gerät an diesem seriellen Port nach seiner ID und seinen Modulen fragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="137"/>
        <source>The device&apos;s modules were read over DFU: only what is out of date will be written.</source>
        <translation>Die Module des Geräts wurden über DFU gelesen: Nur Veraltetes wird geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="139"/>
        <source>The device&apos;s modules were read.</source>
        <translation>Die Module des Geräts wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="148"/>
        <location filename="../ui/pages/devicepage.cpp" line="325"/>
        <location filename="../ui/pages/devicepage.cpp" line="338"/>
        <source>Modules on device %1</source>
        <translation>Module auf Gerät %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="156"/>
        <source>The modules could not be read over USB; the plan uses what the device said over %1.</source>
        <translation>Die Module konnten nicht über USB gelesen werden; der Plan verwendet, was das Gerät über %1 gemeldet hat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="168"/>
        <source>Reading the device&apos;s modules over DFU… %1%</source>
        <translation>Module des Geräts werden über DFU gelesen… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="277"/>
        <source>Waiting for device %1 to appear again…</source>
        <translation>Warten, bis Gerät %1 wieder erscheint…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/devicepage.cpp" line="279"/>
        <source>%n devices are attached: choose the one to restore.</source>
        <translation>
            <numerusform>%n Gerät ist angeschlossen: Wählen Sie das Gerät, das wiederhergestellt werden soll.</numerusform>
            <numerusform>%n Geräte sind angeschlossen: Wählen Sie das Gerät, das wiederhergestellt werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="307"/>
        <source>The device is in DFU mode: reading its modules over DFU (it listed them over %1 before)…</source>
        <translation>Das Gerät ist im DFU-Modus: Seine Module werden über DFU gelesen (zuvor hat es sie über %1 aufgelistet)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="310"/>
        <source>The device is in DFU mode: reading its modules over DFU…</source>
        <translation>Das Gerät ist im DFU-Modus: Seine Module werden über DFU gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="328"/>
        <source>Reading the device&apos;s modules over DFU…</source>
        <translation>Module des Geräts werden über DFU gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="337"/>
        <source>Modules on device %1, read over DFU (checked by Device Restore)</source>
        <translation>Module auf Gerät %1, über DFU gelesen (von Device Restore geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Stop inspecting</source>
        <translation>Auslesen anhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="372"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="378"/>
        <source>Enter the serial port of the device first, for example %1.</source>
        <translation>Geben Sie zuerst den seriellen Port des Geräts ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="384"/>
        <source>Asking the device on %1…</source>
        <translation>Gerät an %1 wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="397"/>
        <source>Modules on device %1 (serial port %2)</source>
        <translation>Module auf Gerät %1 (serieller Port %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="401"/>
        <source>Device %1 answered on %2.</source>
        <translation>Gerät %1 hat an %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="403"/>
        <source>Device %1 on %2 is a %3, but you chose the %4. Go back to change the platform.</source>
        <translation>Gerät %1 an %2 ist ein %3, Sie haben aber %4 gewählt. Gehen Sie zurück, um die Plattform zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="411"/>
        <source>It is not in the list of USB devices, so it cannot be restored from here yet. Hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode): the device then appears in the list.</source>
        <translation>Es steht nicht in der Liste der USB-Geräte und kann daher von hier aus noch nicht wiederhergestellt werden. Halten Sie MODE gedrückt, drücken Sie kurz RESET und halten Sie MODE weiter, bis die LED gelb blinkt (DFU-Modus): Dann erscheint das Gerät in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="420"/>
        <source>The plan uses the modules the device listed over %1.</source>
        <translation>Der Plan verwendet die Module, die das Gerät über %1 aufgelistet hat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="434"/>
        <source>Could not inspect the device on %1.</source>
        <translation>Das Gerät an %1 konnte nicht ausgelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="159"/>
        <source>Could not read the modules: %1 The restore will write every module.</source>
        <translation>Die Module konnten nicht gelesen werden: %1 Die Wiederherstellung schreibt alle Module.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="293"/>
        <source>This is a %1, but you chose the %2. Go back to change the platform, or choose another device.</source>
        <translation>Dies ist ein %1, Sie haben aber %2 gewählt. Gehen Sie zurück, um die Plattform zu ändern, oder wählen Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="295"/>
        <source>device of unknown platform</source>
        <translation>Gerät unbekannter Plattform</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="300"/>
        <location filename="../ui/pages/devicepage.cpp" line="329"/>
        <source>Reading the device&apos;s modules…</source>
        <translation>Module des Geräts werden gelesen…</translation>
    </message>
</context>
<context>
    <name>dr::ui::DoctorDialog</name>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="44"/>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="59"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="68"/>
        <source>What the fix writes</source>
        <translation>Was die Korrektur schreibt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="70"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="72"/>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>Do &amp;not install</source>
        <translation>&amp;Nicht installieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="88"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="96"/>
        <source>Installing; the system may ask for your password…</source>
        <translation>Wird installiert; das System fragt eventuell nach Ihrem Passwort…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="124"/>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="150"/>
        <source>Nothing on this computer stops it from restoring Particle devices.</source>
        <translation>Nichts an diesem Computer hindert ihn daran, Particle-Geräte wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/doctordialog.cpp" line="151"/>
        <source>%n thing(s) on this computer need attention.</source>
        <translation>
            <numerusform>%n Punkt an diesem Computer braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Punkte an diesem Computer brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="169"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="197"/>
        <source>This writes the rule below to %1 with administrator rights (the system asks for your password), makes udev read it, and then asks you to plug the device in again.</source>
        <translation>Dies schreibt die Regel unten mit Administratorrechten nach %1 (das System fragt nach Ihrem Passwort), lässt udev sie lesen und bittet Sie dann, das Gerät neu einzustecken.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>dr::ui::DownloadPanel</name>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="21"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="25"/>
        <source>Stop the down&amp;load</source>
        <translation>Download &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="27"/>
        <source>Stop the download</source>
        <translation>Download stoppen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="28"/>
        <source>Stops downloading; nothing of this download is kept</source>
        <translation>Bricht den Download ab; nichts davon wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="45"/>
        <source>Stopping the download…</source>
        <translation>Download wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="58"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="88"/>
        <source>%1/s</source>
        <comment>download rate</comment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="91"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="95"/>
        <source>file %1 of %2</source>
        <translation>Datei %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="112"/>
        <source>Download stopped. Nothing of it was kept; choose Next to start it again.</source>
        <translation>Download gestoppt. Nichts davon wurde behalten; mit „Weiter“ startet er erneut.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="113"/>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::ModuleDescription</name>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="16"/>
        <source>Bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="18"/>
        <source>Prebootloader (MBR)</source>
        <translation>Prebootloader (MBR)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="20"/>
        <source>Prebootloader part 1</source>
        <translation>Prebootloader-Teil 1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="22"/>
        <source>Bootloader part %1</source>
        <translation>Bootloader-Teil %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="25"/>
        <source>System part %1</source>
        <translation>Systemteil %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="27"/>
        <source>User firmware</source>
        <translation>Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="29"/>
        <source>SoftDevice (radio stack)</source>
        <translation>SoftDevice (Funk-Stack)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="31"/>
        <source>NCP firmware (network co-processor)</source>
        <translation>NCP-Firmware (Netzwerk-Coprozessor)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="33"/>
        <source>Monolithic firmware</source>
        <translation>Monolithische Firmware</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="35"/>
        <source>Resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="37"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="39"/>
        <source>Asset %1</source>
        <translation>Asset %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="43"/>
        <location filename="../ui/widgets/moduledescription.cpp" line="52"/>
        <source>Module (function %1, index %2)</source>
        <translation>Modul (Funktion %1, Index %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="49"/>
        <source>(empty slot)</source>
        <translation>(leerer Slot)</translation>
    </message>
</context>
<context>
    <name>dr::ui::ModuleTable</name>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Address range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="18"/>
        <source>Modules on the device</source>
        <translation>Module auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="19"/>
        <source>Each module with its version and the device&apos;s four checks.</source>
        <translation>Jedes Modul mit seiner Version und den vier Prüfungen des Geräts.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="39"/>
        <source>written, not yet confirmed</source>
        <translation>geschrieben, noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="68"/>
        <source>cleared, not yet confirmed</source>
        <translation>gelöscht, noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="70"/>
        <source>%1 (%2), written, not yet confirmed</source>
        <translation>%1 (%2), geschrieben, noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="72"/>
        <source>%1, written, not yet confirmed</source>
        <translation>%1, geschrieben, noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="77"/>
        <source>The restore wrote this module; the device has not been read since (it is in DFU mode or restarting), so its checks are not known yet.</source>
        <translation>Die Wiederherstellung hat dieses Modul geschrieben; das Gerät wurde seitdem nicht ausgelesen (es ist im DFU-Modus oder startet neu), daher sind seine Prüfungen noch nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="81"/>
        <source>not yet confirmed</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="116"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="117"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="118"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="119"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="124"/>
        <source>Not reported by the device: its module table over USB does not include this check.</source>
        <translation>Vom Gerät nicht gemeldet: Die Modultabelle, die das Gerät über USB liefert, enthält diese Prüfung nicht.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="147"/>
        <source>Not read over DFU: %1</source>
        <translation>Nicht über DFU gelesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="120"/>
        <source>not checked by the device</source>
        <translation>vom Gerät nicht geprüft</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanPage</name>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="17"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="18"/>
        <source>Every step, in order. Nothing has been written yet.</source>
        <translation>Alle Schritte in ihrer Reihenfolge. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="21"/>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="23"/>
        <source>Go &amp;ahead despite Particle&apos;s recommendations</source>
        <translation>&amp;Trotz der Empfehlungen von Particle fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="60"/>
        <source>Check device %1 &amp;without writing anything</source>
        <translation>Gerät %1 nur &amp;prüfen, nichts schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="61"/>
        <source>Check device %1 without writing anything</source>
        <comment>accessible name</comment>
        <translation>Gerät %1 nur prüfen, nichts schreiben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="65"/>
        <source>Write %n module(s) to device %1</source>
        <comment>accessible name</comment>
        <translation>
            <numerusform>%n Modul auf Gerät %1 schreiben</numerusform>
            <numerusform>%n Module auf Gerät %1 schreiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="25"/>
        <source>Go ahead despite Particle&apos;s recommendations</source>
        <translation>Trotz der Empfehlungen von Particle fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="26"/>
        <source>Allows the steps marked as needing your confirmation</source>
        <translation>Erlaubt die Schritte, die Ihre Bestätigung erfordern</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="29"/>
        <source>Confirms that the listed modules may be written to this device</source>
        <translation>Bestätigt, dass die aufgeführten Module auf dieses Gerät geschrieben werden dürfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="63"/>
        <source>&amp;Write %n module(s) to device %1</source>
        <translation>
            <numerusform>%n Modul auf Gerät %1 &amp;schreiben</numerusform>
            <numerusform>%n Module auf Gerät %1 &amp;schreiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanView</name>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="43"/>
        <source>Restore steps</source>
        <translation>Wiederherstellungsschritte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="44"/>
        <source>Every step of the restore in order: module, version now and after, how it is sent, its size and why.</source>
        <translation>Alle Schritte der Wiederherstellung in ihrer Reihenfolge: Modul, Version jetzt und danach, Übertragungsweg, Größe und Grund.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="49"/>
        <source>Plan notes</source>
        <translation>Hinweise zum Plan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="50"/>
        <source>Refusals, warnings and notes about this restore.</source>
        <translation>Ablehnungen, Warnungen und Hinweise zu dieser Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="76"/>
        <source>%1: Device OS %2 → %3.</source>
        <translation>%1: Device OS %2 → %3.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="78"/>
        <source>%1: Device OS unknown → %2.</source>
        <translation>%1: Device OS unbekannt → %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="84"/>
        <source>%n write(s), %1 in all.</source>
        <translation>
            <numerusform>%n Schreibvorgang, insgesamt %1.</numerusform>
            <numerusform>%n Schreibvorgänge, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="87"/>
        <source>The restore runs in %n stage(s).</source>
        <translation>
            <numerusform>Die Wiederherstellung läuft in %n Stufe.</numerusform>
            <numerusform>Die Wiederherstellung läuft in %n Stufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Needs your confirmation: %1</source>
        <translation>Erfordert Ihre Bestätigung: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Confirmed: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="137"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="80"/>
        <source>Refused: nothing will be written.</source>
        <translation>Abgelehnt: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="82"/>
        <source>Nothing to write: the device is already there.</source>
        <translation>Nichts zu schreiben: Das Gerät ist bereits auf diesem Stand.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>you confirm</source>
        <translation>Sie bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="101"/>
        <source>DFU</source>
        <translation>DFU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="102"/>
        <source>%1 (running)</source>
        <translation>%1 (im Betrieb)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="103"/>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformList</name>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="12"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="13"/>
        <source>The kinds of Particle device; choose the one you want to restore.</source>
        <translation>Die Arten von Particle-Geräten; wählen Sie diejenige, die Sie wiederherstellen möchten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="75"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="77"/>
        <source>cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="79"/>
        <source>Wi-Fi and cellular</source>
        <translation>WLAN und Mobilfunk</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="81"/>
        <source>mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="106"/>
        <source>Gen %1</source>
        <translation>Gen %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="115"/>
        <source>Not supported: %1</source>
        <translation>Nicht unterstützt: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformPage</name>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="18"/>
        <source>Which kind of device?</source>
        <translation>Welche Art von Gerät?</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="19"/>
        <source>Choose the Particle platform to restore. Platforms this tool cannot restore are shown greyed out with the reason.</source>
        <translation>Wählen Sie die Particle-Plattform, die wiederhergestellt werden soll. Plattformen, die dieses Werkzeug nicht wiederherstellen kann, sind ausgegraut und mit Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="25"/>
        <source>Restore &amp;many devices…</source>
        <translation>&amp;Viele Geräte wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="27"/>
        <source>Restore many devices</source>
        <translation>Viele Geräte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="28"/>
        <source>Open the restore station: choose a recipe, and every device plugged in gets it, several at once</source>
        <translation>Die Wiederherstellungsstation öffnen: ein Rezept wählen, und jedes angeschlossene Gerät erhält es, mehrere gleichzeitig</translation>
    </message>
</context>
<context>
    <name>dr::ui::RecipeEditor</name>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="31"/>
        <source>Restore many devices</source>
        <translation>Viele Geräte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="32"/>
        <source>Every device plugged in at the station gets this recipe. Save it under a name to use it again.</source>
        <translation>Jedes an der Station angeschlossene Gerät erhält dieses Rezept. Speichern Sie es unter einem Namen, um es wieder zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="38"/>
        <source>Saved recipes</source>
        <translation>Gespeicherte Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="39"/>
        <source>Choose a saved recipe to fill in the form with it</source>
        <translation>Ein gespeichertes Rezept wählen, um das Formular damit auszufüllen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="42"/>
        <source>Recipe name</source>
        <translation>Name des Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="43"/>
        <source>For example: Borons for customer returns</source>
        <translation>Zum Beispiel: Borons aus Kundenrücksendungen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="47"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="48"/>
        <source>Devices of other platforms are shown and left alone</source>
        <translation>Geräte anderer Plattformen werden angezeigt und nicht angetastet</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="49"/>
        <source>Any supported platform</source>
        <translation>Jede unterstützte Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="56"/>
        <source>Target Device OS version</source>
        <translation>Device-OS-Zielversion</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="60"/>
        <source>User firmware after the restore</source>
        <translation>Anwender-Firmware nach der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="61"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="62"/>
        <source>Keep the device&apos;s application</source>
        <translation>Die Anwendung des Geräts behalten</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="63"/>
        <source>A firmware file</source>
        <translation>Eine Firmware-Datei</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="66"/>
        <source>User firmware file</source>
        <translation>Anwender-Firmware-Datei</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="67"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="69"/>
        <source>Choose the user firmware file</source>
        <translation>Die Anwender-Firmware-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="74"/>
        <source>Also update the &amp;radio (NCP) firmware where the target needs it</source>
        <translation>Auch die Fu&amp;nk-Firmware (NCP) aktualisieren, wo das Ziel sie braucht</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="76"/>
        <source>Update the radio firmware</source>
        <translation>Die Funk-Firmware aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="80"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="81"/>
        <source>Tick the models to restore; none ticked means every model</source>
        <translation>Die wiederherzustellenden Modelle ankreuzen; keines angekreuzt heißt jedes Modell</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="84"/>
        <source>&amp;Leave alone models that need a newer Device OS than the target</source>
        <translation>Modelle, die ein neueres Device OS als das Ziel brauchen, nicht an&amp;tasten</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="86"/>
        <source>Leave alone models that need a newer Device OS</source>
        <translation>Modelle, die ein neueres Device OS brauchen, nicht antasten</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="88"/>
        <source>When a device is plugged in</source>
        <translation>Wenn ein Gerät angeschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="89"/>
        <source>Restore it &amp;at once</source>
        <translation>&amp;Sofort wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="91"/>
        <source>&amp;Wait until I press Start</source>
        <translation>&amp;Warten, bis ich auf Starten drücke</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="96"/>
        <source>Devices restored at the same time</source>
        <translation>Gleichzeitig wiederhergestellte Geräte</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="98"/>
        <source>At most &amp;this many at the same time:</source>
        <translation>&amp;Höchstens so viele gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="109"/>
        <source>Sa&amp;ved recipes:</source>
        <translation>&amp;Gespeicherte Rezepte:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="111"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="112"/>
        <source>&amp;Device OS:</source>
        <translation>&amp;Device OS:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="113"/>
        <source>&amp;User firmware:</source>
        <translation>&amp;Anwender-Firmware:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="117"/>
        <source>&amp;Models:</source>
        <translation>M&amp;odelle:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="124"/>
        <source>&amp;Save recipe</source>
        <translation>Rezept spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="126"/>
        <source>Keep this recipe under its name</source>
        <translation>Dieses Rezept unter seinem Namen aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="127"/>
        <source>R&amp;emove recipe</source>
        <translation>Rezept ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="129"/>
        <source>Forget the saved recipe of this name</source>
        <translation>Das gespeicherte Rezept dieses Namens vergessen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="133"/>
        <source>&amp;Open the station</source>
        <translation>Station &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="135"/>
        <source>Open the restore station with this recipe</source>
        <translation>Die Wiederherstellungsstation mit diesem Rezept öffnen</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>User firmware</source>
        <translation>Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>Firmware (*.bin)</source>
        <translation>Firmware (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="206"/>
        <source>None saved yet</source>
        <translation>Noch keines gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="269"/>
        <source>Give the recipe a name.</source>
        <translation>Geben Sie dem Rezept einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="271"/>
        <source>Choose the user firmware file, or another user firmware.</source>
        <translation>Wählen Sie die Anwender-Firmware-Datei oder eine andere Anwender-Firmware.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="297"/>
        <source>Particle&apos;s recommended version for each platform</source>
        <translation>Die von Particle empfohlene Version jeder Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="298"/>
        <source>Particle&apos;s recommended version</source>
        <translation>Die von Particle empfohlene Version</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release for each platform</source>
        <translation>Die neueste Version jeder Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release</source>
        <translation>Die neueste Version</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="327"/>
        <source>Every model of each platform</source>
        <translation>Jedes Modell jeder Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="338"/>
        <source>Needs Device OS %1 or newer</source>
        <translation>Braucht Device OS %1 oder neuer</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestorePage</name>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="24"/>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="25"/>
        <source>Keep the device plugged in. You can cancel at any time; the device stops at a safe point.</source>
        <translation>Lassen Sie das Gerät angeschlossen. Sie können jederzeit abbrechen; das Gerät hält an einem sicheren Punkt an.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="32"/>
        <source>Current instruction</source>
        <translation>Aktuelle Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="37"/>
        <source>Progress of this step</source>
        <translation>Fortschritt dieses Schritts</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="38"/>
        <source>How much of the current module has been sent</source>
        <translation>Wie viel des aktuellen Moduls gesendet wurde</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="40"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="41"/>
        <source>How much of the whole restore is done</source>
        <translation>Wie viel der gesamten Wiederherstellung erledigt ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="45"/>
        <source>Waiting for the device</source>
        <translation>Warten auf das Gerät</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="57"/>
        <source>The device&apos;s modules as it reports them, updated while the restore runs</source>
        <translation>Die Module des Geräts, wie es sie meldet, während der Wiederherstellung aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="60"/>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Show the &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="66"/>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Show the log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="67"/>
        <source>Shows or hides every message of the restore, with technical detail</source>
        <translation>Zeigt alle Meldungen der Wiederherstellung mit technischen Details an oder blendet sie aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="71"/>
        <source>Restore log</source>
        <translation>Wiederherstellungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="72"/>
        <source>Every message of the restore, oldest first</source>
        <translation>Alle Meldungen der Wiederherstellung, älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Hide the &amp;log</source>
        <translation>&amp;Protokoll ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Hide the log</source>
        <translation>Protokoll ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="82"/>
        <source>Cancel restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="83"/>
        <source>Stop at the next safe point; the result page then says what state the device is in</source>
        <translation>Am nächsten sicheren Punkt anhalten; die Ergebnisseite zeigt dann, in welchem Zustand das Gerät ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="87"/>
        <source>This step:</source>
        <translation>Dieser Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="88"/>
        <source>Overall:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="110"/>
        <source>Stopping at the next safe point…</source>
        <translation>Wird am nächsten sicheren Punkt angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="126"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="131"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="155"/>
        <source>Do what the page says, then choose Done.</source>
        <translation>Tun Sie, was auf der Seite steht, und wählen Sie dann „Fertig“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="220"/>
        <source>No bytes have moved for %n second(s). Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</source>
        <translation>
            <numerusform>Seit %n Sekunde wurden keine Bytes übertragen. Lassen Sie das Gerät angeschlossen: Geht die Übertragung nicht weiter, bricht sie mit einer Fehlermeldung ab, die sagt, was zu tun ist.</numerusform>
            <numerusform>Seit %n Sekunden wurden keine Bytes übertragen. Lassen Sie das Gerät angeschlossen: Geht die Übertragung nicht weiter, bricht sie mit einer Fehlermeldung ab, die sagt, was zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="230"/>
        <source>Still waiting for the device: %1 s so far, at most %2 s. If it does not answer by then, Device Restore tries another way or stops and says what to do.</source>
        <translation>Es wird weiter auf das Gerät gewartet: bisher %1 s, höchstens %2 s. Antwortet es bis dahin nicht, versucht Device Restore einen anderen Weg oder bricht ab und sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="265"/>
        <source>Waiting for you</source>
        <translation>Warten auf Sie</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="302"/>
        <source>Waiting for the device to connect to the network</source>
        <translation>Warten, bis sich das Gerät mit dem Netz verbindet</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="304"/>
        <source>Waiting for the device to start</source>
        <translation>Warten, bis das Gerät gestartet ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="306"/>
        <source>Writing %1 (%2)</source>
        <translation>%1 wird geschrieben (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="308"/>
        <source>Clearing the former user firmware slot</source>
        <translation>Bisheriger Slot der Anwender-Firmware wird gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="310"/>
        <source>The device is applying %1 and restarting</source>
        <translation>Das Gerät installiert %1 und startet neu</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="319"/>
        <source>Looking for the device. Leave it plugged in.</source>
        <translation>Gerät wird gesucht. Lassen Sie es angeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="321"/>
        <source>Putting the device into DFU mode. Its LED will blink yellow.</source>
        <translation>Gerät wird in den DFU-Modus versetzt. Seine LED blinkt dann gelb.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="323"/>
        <source>Putting the device into listening mode. Leave it plugged in; its LED blinks dark blue.</source>
        <translation>Gerät wird in den Listening-Modus versetzt. Lassen Sie es angeschlossen; seine LED blinkt dunkelblau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="325"/>
        <source>The device is leaving DFU mode and restarting. Leave it plugged in; the LED changes colour several times.</source>
        <translation>Das Gerät verlässt den DFU-Modus und startet neu. Lassen Sie es angeschlossen; die LED wechselt mehrmals die Farbe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="328"/>
        <source>The device is installing the update and restarting. Leave it plugged in; the LED may blink magenta, then change colour several times.</source>
        <translation>Das Gerät installiert das Update und startet neu. Lassen Sie es angeschlossen; die LED blinkt möglicherweise magenta und wechselt dann mehrmals die Farbe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="333"/>
        <source>Sending over the serial port. The LED blinks dark blue. Do not unplug the device.</source>
        <translation>Senden über den seriellen Port. Die LED blinkt dunkelblau. Stecken Sie das Gerät nicht ab.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="334"/>
        <source>Sending the update to the running device. The LED blinks magenta. Do not unplug the device.</source>
        <translation>Das Update wird an das laufende Gerät gesendet. Die LED blinkt magenta. Stecken Sie das Gerät nicht ab.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="336"/>
        <source>Writing in DFU mode. The LED blinks yellow. Do not unplug the device.</source>
        <translation>Schreiben im DFU-Modus. Die LED blinkt gelb. Stecken Sie das Gerät nicht ab.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="338"/>
        <source>Checking every module on the device.</source>
        <translation>Alle Module auf dem Gerät werden geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="206"/>
        <source>The device&apos;s modules are shown here once it runs Device OS again.</source>
        <translation>Die Module des Geräts werden hier angezeigt, sobald wieder Device OS darauf läuft.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="80"/>
        <source>Cancel &amp;restore</source>
        <translation>Wiederherstellung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="159"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="160"/>
        <source>&amp;Stop the restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="207"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore (simulated devices)</source>
        <translation>Device Restore (simulierte Geräte)</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore</source>
        <translation>Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="54"/>
        <source>Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="56"/>
        <source>Check this &amp;computer…</source>
        <translation>Diesen &amp;Computer prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="67"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Go back to the previous page</source>
        <translation>Zur vorherigen Seite zurückgehen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Go on to the next page</source>
        <translation>Zur nächsten Seite gehen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Start writing the plan to the device</source>
        <translation>Mit dem Schreiben des Plans auf das Gerät beginnen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Finish</source>
        <translation>Fertig stellen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Close Device Restore</source>
        <translation>Device Restore schließen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="233"/>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="234"/>
        <source>Check what stops this computer from reaching Particle devices and their releases, and fix it</source>
        <translation>Prüfen, was diesen Computer vom Zugriff auf Particle-Geräte und ihre Releases abhält, und es beheben</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="250"/>
        <source>Stop and close Device Restore</source>
        <translation>Anhalten und Device Restore schließen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="252"/>
        <source>The restore is already stopping at the next safe point; the window stays open</source>
        <translation>Die Wiederherstellung hält bereits am nächsten sicheren Punkt an; das Fenster bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="254"/>
        <source>Stop the restore at the next safe point; the window stays open and shows what state the device is in</source>
        <translation>Die Wiederherstellung am nächsten sicheren Punkt anhalten; das Fenster bleibt geöffnet und zeigt, in welchem Zustand das Gerät ist</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Open the settings, such as the interface language</source>
        <translation>Die Einstellungen öffnen, etwa die Sprache der Oberfläche</translation>
    </message>
</context>
<context>
    <name>dr::ui::ResultPage</name>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="24"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="25"/>
        <source>What the device itself reports about every module now.</source>
        <translation>Was das Gerät jetzt selbst über jedes Modul meldet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="37"/>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="43"/>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="44"/>
        <source>Shows or hides the technical detail of the error, for support</source>
        <translation>Zeigt die technischen Details des Fehlers für den Support an oder blendet sie aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="48"/>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="58"/>
        <source>Modules on the device after the restore</source>
        <translation>Module auf dem Gerät nach der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="63"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="66"/>
        <source>Save a text and a JSON file with the device, the plan, every step with its timing, the modules before and after, and any error</source>
        <translation>Eine Text- und eine JSON-Datei speichern mit Gerät, Plan, allen Schritten mit ihrer Dauer, den Modulen vorher und nachher sowie etwaigen Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="68"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="70"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="71"/>
        <source>Read the device again and plan the rest of the restore from what it holds now; modules already in place are skipped</source>
        <translation>Das Gerät erneut lesen und den Rest der Wiederherstellung anhand seines jetzigen Stands planen; bereits vorhandene Module werden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="73"/>
        <source>Restore &amp;another device</source>
        <translation>&amp;Anderes Gerät wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="119"/>
        <source>✖ The restore stopped at step %1 of %2: %3 could not be written.</source>
        <translation>✖ Die Wiederherstellung wurde bei Schritt %1 von %2 angehalten: %3 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="124"/>
        <source>✖ The restore stopped at step %1 of %2: the former user firmware could not be cleared.</source>
        <translation>✖ Die Wiederherstellung wurde bei Schritt %1 von %2 angehalten: Die bisherige Anwender-Firmware konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="127"/>
        <source>✖ The restore stopped at step %1 of %2, while waiting for the device.</source>
        <translation>✖ Die Wiederherstellung wurde bei Schritt %1 von %2 beim Warten auf das Gerät angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="153"/>
        <source>The report was not saved. %1</source>
        <translation>Der Bericht wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="157"/>
        <source>Report saved as %1 and %2.</source>
        <translation>Bericht gespeichert als %1 und %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="219"/>
        <source>The device&apos;s modules were not read after the restore stopped.</source>
        <translation>Die Module des Geräts wurden nach dem Anhalten der Wiederherstellung nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="65"/>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="75"/>
        <source>Restore another device</source>
        <translation>Anderes Gerät wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="76"/>
        <source>Choose the next device to restore with the same version</source>
        <translation>Das nächste Gerät wählen, das mit derselben Version wiederhergestellt werden soll</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Report (*.txt)</source>
        <translation>Bericht (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="190"/>
        <source>✔ Device %1 already had Device OS %2; every module passes its checks.</source>
        <translation>✔ Gerät %1 hatte bereits Device OS %2; jedes Modul besteht seine Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="192"/>
        <source>✔ Device %1 now runs Device OS %2; every module passes its checks.</source>
        <translation>✔ Auf Gerät %1 läuft jetzt Device OS %2; jedes Modul besteht seine Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="195"/>
        <source>✖ The restore was cancelled.</source>
        <translation>✖ Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="131"/>
        <source>✖ The restore failed: %1</source>
        <translation>✖ Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="210"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="218"/>
        <source>The device&apos;s modules could not be read after the restore.</source>
        <translation>Die Module des Geräts konnten nach der Wiederherstellung nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Settings of Device Restore</source>
        <translation>Einstellungen von Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>The language of the program&apos;s windows. It changes the next time Device Restore starts.</source>
        <translation>Die Sprache der Programmfenster. Sie ändert sich beim nächsten Start von Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>Keep these settings</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Close without changing the settings</source>
        <translation>Schließen, ohne die Einstellungen zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="82"/>
        <source>Device OS releases</source>
        <translation>Device-OS-Releases</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="85"/>
        <source>Particle&apos;s own servers</source>
        <translation>Die Server von Particle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="86"/>
        <source>Release catalog address</source>
        <translation>Adresse des Release-Katalogs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="87"/>
        <source>Where Device OS releases are downloaded from: empty for Particle&apos;s own servers, or the address of a mirror of them (https://...), or a folder holding the same files. The list of releases is loaded from there as soon as the settings are saved.</source>
        <translation>Woher Device-OS-Releases geladen werden: leer für die Server von Particle, oder die Adresse eines Spiegels davon (https://...), oder ein Ordner mit denselben Dateien. Die Liste der Releases wird von dort geladen, sobald die Einstellungen gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="91"/>
        <source>Empty: Particle&apos;s own servers. A mirror (https://…) or a folder with the same files also works. The list of releases is loaded from there when you press OK.</source>
        <translation>Leer: die Server von Particle. Ein Spiegel (https://…) oder ein Ordner mit denselben Dateien geht auch. Die Liste der Releases wird von dort geladen, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="97"/>
        <source>Deletes every Device OS release downloaded so far; they are downloaded again when needed</source>
        <translation>Löscht alle bisher heruntergeladenen Device-OS-Releases; sie werden bei Bedarf erneut geladen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="103"/>
        <source>&amp;Catalog address:</source>
        <translation>&amp;Katalogadresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111"/>
        <source>Removing the downloaded releases…</source>
        <translation>Heruntergeladene Releases werden entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Removed the downloaded releases: %1 freed.</source>
        <translation>Heruntergeladene Releases entfernt: %1 frei geworden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="121"/>
        <source>The downloaded releases could not be removed. %1</source>
        <translation>Die heruntergeladenen Releases konnten nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="142"/>
        <source>The new language applies the next time you start Device Restore.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="143"/>
        <source>A change of language applies the next time you start Device Restore.</source>
        <translation>Eine Änderung der Sprache gilt ab dem nächsten Start von Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>&amp;Remove downloaded releases</source>
        <translation>Heruntergeladene Releases &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="152"/>
        <source>Remove downloaded releases: none are downloaded</source>
        <translation>Heruntergeladene Releases entfernen: keine vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="157"/>
        <source>&amp;Remove downloaded releases (frees %1)</source>
        <translation>Heruntergeladene Releases &amp;entfernen (gibt %1 frei)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="158"/>
        <source>Remove downloaded releases</source>
        <translation>Heruntergeladene Releases entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="159"/>
        <source>Remove downloaded releases, freeing %1</source>
        <translation>Heruntergeladene Releases entfernen, gibt %1 frei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>“%1” is not an https, http or file address, nor a folder. Give the address of a mirror of Particle&apos;s files, or leave it empty.</source>
        <translation>„%1“ ist weder eine https-, http- oder file-Adresse noch ein Ordner. Geben Sie die Adresse eines Spiegels der Particle-Dateien an oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationCard</name>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="80"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="82"/>
        <source>Stop this restore</source>
        <translation>Diese Wiederherstellung anhalten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="99"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="115"/>
        <location filename="../ui/station/stationcard.cpp" line="232"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="101"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="103"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="105"/>
        <location filename="../ui/station/stationcard.cpp" line="111"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="229"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="231"/>
        <source>Restore again</source>
        <translation>Erneut wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="175"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="177"/>
        <source>%1 on USB port %2</source>
        <translation>%1 an USB-Anschluss %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="178"/>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="191"/>
        <source>Unknown platform</source>
        <translation>Unbekannte Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="192"/>
        <source>ID not known yet</source>
        <translation>ID noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="163"/>
        <source>mode not known</source>
        <translation>Modus nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="165"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="167"/>
        <source>listening mode</source>
        <translation>Listening-Modus</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="169"/>
        <source>safe mode</source>
        <translation>abgesicherter Modus</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="194"/>
        <source>not plugged in</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="196"/>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="199"/>
        <source>Device OS now → the recipe&apos;s target</source>
        <translation>Device OS jetzt → Ziel des Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="262"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="272"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="274"/>
        <source>Status of %1</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="276"/>
        <source>What is happening on %1</source>
        <translation>Was auf %1 geschieht</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="277"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="278"/>
        <source>Restore this device with the station&apos;s recipe</source>
        <translation>Dieses Gerät mit dem Rezept der Station wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="279"/>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="280"/>
        <source>Stop this device&apos;s restore at the next safe point; the others go on</source>
        <translation>Die Wiederherstellung dieses Geräts am nächsten sicheren Punkt anhalten; die anderen laufen weiter</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="281"/>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="282"/>
        <source>Its modules as last read, the error in full and its history</source>
        <translation>Seine zuletzt gelesenen Module, der vollständige Fehler und sein Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="283"/>
        <source>Report of %1</source>
        <translation>Bericht zu %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="284"/>
        <source>There is no report yet</source>
        <translation>Es gibt noch keinen Bericht</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="285"/>
        <source>Open the saved restore report</source>
        <translation>Den gespeicherten Wiederherstellungsbericht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="286"/>
        <source>Done with %1</source>
        <translation>Fertig mit %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="288"/>
        <source>Stop the restore of %1</source>
        <translation>Die Wiederherstellung von %1 anhalten</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationDetailsDialog</name>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="28"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="33"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="34"/>
        <source>What happened to this device at the station, oldest first</source>
        <translation>Was mit diesem Gerät an der Station geschah, Ältestes zuerst</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="38"/>
        <source>Restore log</source>
        <translation>Wiederherstellungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="39"/>
        <source>Every message of this device&apos;s restores, with technical detail</source>
        <translation>Jede Meldung der Wiederherstellungen dieses Geräts, mit technischen Details</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="44"/>
        <source>Modules as last read:</source>
        <translation>Module, zuletzt gelesen:</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="49"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="50"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="73"/>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="77"/>
        <source>USB port: %1</source>
        <translation>USB-Anschluss: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="78"/>
        <source>Device OS: %1</source>
        <translation>Device OS: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="79"/>
        <source>Status: %1. %2</source>
        <translation>Zustand: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="82"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="87"/>
        <source>&lt;b&gt;Error %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Fehler %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="89"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="91"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="99"/>
        <source>The modules are shown here once the restore&apos;s final inspection has read them.</source>
        <translation>Die Module werden hier angezeigt, sobald die abschließende Prüfung der Wiederherstellung sie gelesen hat.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="104"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationStatusText</name>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="13"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="15"/>
        <source>Reading</source>
        <translation>Liest</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="17"/>
        <source>Planning</source>
        <translation>Plant</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="19"/>
        <source>Writing</source>
        <translation>Schreibt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="21"/>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="23"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="25"/>
        <source>Already at target</source>
        <translation>Schon am Ziel</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="27"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="31"/>
        <source>Unplugged</source>
        <translation>Abgesteckt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="33"/>
        <source>Not suitable</source>
        <translation>Nicht passend</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="50"/>
        <source>Done, unplugged</source>
        <translation>Fertig, abgesteckt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="53"/>
        <source>Writing: step %1 of %2</source>
        <translation>Schreibt: Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="63"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="72"/>
        <source>Started %1</source>
        <translation>Begonnen um %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="75"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="75"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="76"/>
        <source>Took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="91"/>
        <source>%n module(s), every check passed</source>
        <translation>
            <numerusform>%n Modul, jede Prüfung bestanden</numerusform>
            <numerusform>%n Module, jede Prüfung bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="92"/>
        <source>%n module(s), %1 with a failed check</source>
        <translation>
            <numerusform>%n Modul, %1 mit fehlgeschlagener Prüfung</numerusform>
            <numerusform>%n Module, %1 mit fehlgeschlagener Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="93"/>
        <source>Device OS %1; %2</source>
        <translation>Device OS %1; %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="98"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="101"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Starts as soon as a place is free.</source>
        <translation>Beginnt, sobald ein Platz frei ist.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Press Start to restore it.</source>
        <translation>Drücken Sie Starten, um es wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="110"/>
        <source>Reading its modules to plan the restore. Leave it plugged in.</source>
        <translation>Liest seine Module, um die Wiederherstellung zu planen. Lassen Sie es angeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="112"/>
        <source>Getting the releases and making the plan.</source>
        <translation>Holt die Versionen und erstellt den Plan.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="114"/>
        <source>Do not unplug the device.</source>
        <translation>Stecken Sie das Gerät nicht ab.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="116"/>
        <source>Look at the device and follow the instruction.</source>
        <translation>Sehen Sie auf das Gerät und folgen Sie der Anweisung.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="118"/>
        <source>Restored and checked.</source>
        <translation>Wiederhergestellt und geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="120"/>
        <source>Nothing written. %1</source>
        <translation>Nichts geschrieben. %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="121"/>
        <source>Nothing written: it already runs the target.</source>
        <translation>Nichts geschrieben: es läuft schon mit dem Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="125"/>
        <source>The restore stopped with an error.</source>
        <translation>Die Wiederherstellung endete mit einem Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="127"/>
        <source>Stopped at a safe point. Press Start to try again.</source>
        <translation>An einem sicheren Punkt angehalten. Drücken Sie Starten, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="131"/>
        <source>Plug it in again to go on; its row and history stay here.</source>
        <translation>Schließen Sie es wieder an, um fortzufahren; seine Zeile und sein Verlauf bleiben hier.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="133"/>
        <source>The recipe does not fit this device: it is left alone.</source>
        <translation>Das Rezept passt nicht zu diesem Gerät: es wird nicht angetastet.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="134"/>
        <source>%1 It is left alone.</source>
        <translation>%1 Es wird nicht angetastet.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationView</name>
    <message>
        <location filename="../ui/station/stationview.cpp" line="22"/>
        <source>Restore station</source>
        <translation>Wiederherstellungsstation</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="29"/>
        <location filename="../ui/station/stationview.cpp" line="183"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="40"/>
        <source>Start &amp;all waiting</source>
        <translation>&amp;Alle wartenden starten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="42"/>
        <source>Start every device that waits for a click</source>
        <translation>Jedes Gerät starten, das auf einen Klick wartet</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="43"/>
        <source>Ca&amp;ncel all</source>
        <translation>Alle a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="45"/>
        <source>Stop every restore under way at its next safe point</source>
        <translation>Jede laufende Wiederherstellung am nächsten sicheren Punkt anhalten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="46"/>
        <source>Open &amp;report folder</source>
        <translation>Be&amp;richtsordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="48"/>
        <source>Open the folder with each device&apos;s report and the summary of the station&apos;s restores</source>
        <translation>Den Ordner mit dem Bericht jedes Geräts und der Übersicht der Wiederherstellungen der Station öffnen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="51"/>
        <source>Change r&amp;ecipe…</source>
        <translation>R&amp;ezept ändern…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="53"/>
        <source>Choose or edit what the devices get</source>
        <translation>Wählen oder bearbeiten, was die Geräte erhalten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="55"/>
        <source>&amp;Hide unplugged devices</source>
        <translation>Abgesteckte Geräte ausb&amp;lenden</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="57"/>
        <source>Show only the devices plugged in now; the others come back when plugged in again or when this is unticked</source>
        <translation>Nur die jetzt angeschlossenen Geräte zeigen; die anderen erscheinen wieder, wenn sie erneut angeschlossen werden oder das Häkchen entfernt wird</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="71"/>
        <source>Plug in the devices to restore, one after another or several on a hub. Each appears here with what it holds and what it gets.</source>
        <translation>Schließen Sie die wiederherzustellenden Geräte an, nacheinander oder mehrere an einem Hub. Jedes erscheint hier mit dem, was es hat, und dem, was es erhält.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="90"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="140"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="141"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="142"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="143"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="149"/>
        <source>Any supported platform</source>
        <translation>Jede unterstützte Plattform</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="152"/>
        <source>Particle&apos;s recommended version</source>
        <translation>Die von Particle empfohlene Version</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="154"/>
        <source>the latest release</source>
        <translation>die neueste Version</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="158"/>
        <source>its application if it runs there, else Tinker</source>
        <translation>seine Anwendung, wenn sie dort läuft, sonst Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="161"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="164"/>
        <source>its own application</source>
        <translation>seine eigene Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="167"/>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>then %1</source>
        <translation>danach %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="173"/>
        <source>with the radio (NCP) firmware</source>
        <translation>mit der Funk-Firmware (NCP)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="175"/>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>starts by itself when plugged in</source>
        <translation>beginnt von selbst beim Anschließen</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>waits for Start</source>
        <translation>wartet auf Starten</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="184"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationWindow</name>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="18"/>
        <source>Device Restore station (simulated devices)</source>
        <translation>Device-Restore-Station (simulierte Geräte)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="18"/>
        <source>Device Restore station</source>
        <translation>Device-Restore-Station</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="19"/>
        <source>Stopping every restore at its next safe point; the window closes when they have stopped.</source>
        <translation>Jede Wiederherstellung wird am nächsten sicheren Punkt angehalten; das Fenster schließt sich, wenn alle angehalten sind.</translation>
    </message>
</context>
<context>
    <name>dr::ui::VersionPage</name>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="33"/>
        <source>Which Device OS version?</source>
        <translation>Welche Device-OS-Version?</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="34"/>
        <source>Choose the version to put on the device, and what should run on it afterwards.</source>
        <translation>Wählen Sie die Version, die auf das Gerät kommen soll, und was danach darauf laufen soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="99"/>
        <source>Binaries folder or zip</source>
        <translation>Ordner oder ZIP-Datei mit Binärdateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="104"/>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="107"/>
        <source>Use a folder of Device OS release binaries</source>
        <translation>Einen Ordner mit Device-OS-Release-Binärdateien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="108"/>
        <source>&amp;Zip…</source>
        <translation>Z&amp;IP…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="111"/>
        <source>Use a zip of Device OS release binaries</source>
        <translation>Eine ZIP-Datei mit Device-OS-Release-Binärdateien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="44"/>
        <source>Device OS versions</source>
        <translation>Device-OS-Versionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="48"/>
        <source>Show &amp;pre-releases</source>
        <translation>&amp;Vorabversionen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="54"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="59"/>
        <source>User firmware after the restore</source>
        <translation>Anwender-Firmware nach der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="62"/>
        <source>Keep the device&apos;s application if it runs on this version, else Tinker</source>
        <translation>Die Anwendung des Geräts behalten, wenn sie unter dieser Version läuft, sonst Tinker</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="64"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="65"/>
        <source>Keep the device&apos;s application</source>
        <translation>Die Anwendung des Geräts behalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="66"/>
        <source>A firmware file…</source>
        <translation>Eine Firmware-Datei…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="71"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="72"/>
        <source>&amp;User firmware:</source>
        <translation>&amp;Anwender-Firmware:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="102"/>
        <source>B&amp;inaries:</source>
        <translation>&amp;Binärdateien:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="156"/>
        <source>Zip of Device OS binaries</source>
        <translation>ZIP-Datei mit Device-OS-Binärdateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="157"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="158"/>
        <source>Folder of Device OS binaries</source>
        <translation>Ordner mit Device-OS-Binärdateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="268"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>User firmware</source>
        <translation>Anwender-Firmware</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="45"/>
        <source>Newest first, each with its labels: recommended by Particle, latest, LTS, pre-release, on the device, downloaded. Versions the device cannot run are greyed out with the reason.</source>
        <translation>Neueste zuerst, jeweils mit ihren Merkmalen: von Particle empfohlen, neueste, LTS, Vorabversion, auf dem Gerät, heruntergeladen. Versionen, die das Gerät nicht ausführen kann, sind mit dem Grund ausgegraut.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="50"/>
        <source>Show pre-releases</source>
        <translation>Vorabversionen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="51"/>
        <source>Also list test versions of Device OS that are not final</source>
        <translation>Auch Testversionen von Device OS auflisten, die noch nicht final sind</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="55"/>
        <source>The exact model (SKU) of the device, printed on it; some models need a newer Device OS</source>
        <translation>Das genaue Modell (SKU) des Geräts, das darauf aufgedruckt ist; manche Modelle benötigen ein neueres Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="60"/>
        <source>What runs on the device after the restore: Tinker, its own application, or a firmware file</source>
        <translation>Was nach der Wiederherstellung auf dem Gerät läuft: Tinker, seine eigene Anwendung oder eine Firmware-Datei</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="78"/>
        <source>Where the Device OS binaries come from</source>
        <translation>Woher die Device-OS-Binärdateien kommen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="80"/>
        <source>Particle&apos;s &amp;releases, downloaded when chosen</source>
        <translation>Particle-&amp;Releases, bei Auswahl heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="82"/>
        <source>Particle&apos;s releases</source>
        <translation>Particle-Releases</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="83"/>
        <source>List the Device OS releases Particle publishes; the chosen one is downloaded and checked before the plan</source>
        <translation>Listet die von Particle veröffentlichten Device-OS-Releases; das gewählte wird vor dem Plan heruntergeladen und geprüft</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="85"/>
        <source>My o&amp;wn files (a folder or zip of release binaries)</source>
        <translation>&amp;Eigene Dateien (ein Ordner oder ZIP mit Release-Binärdateien)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="87"/>
        <source>My own files</source>
        <translation>Eigene Dateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="88"/>
        <source>Use a folder or zip of Device OS release binaries you have</source>
        <translation>Einen eigenen Ordner oder eine ZIP-Datei mit Device-OS-Binärdateien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="100"/>
        <source>The folder or zip file of Device OS release binaries in use. Type a path and press Enter to use another one.</source>
        <translation>Der verwendete Ordner oder die verwendete ZIP-Datei mit Device-OS-Release-Binärdateien. Geben Sie einen Pfad ein und drücken Sie die Eingabetaste, um einen anderen zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="106"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="110"/>
        <source>Choose a zip file</source>
        <translation>ZIP-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="112"/>
        <source>&amp;Downloaded binaries</source>
        <translation>&amp;Heruntergeladene Binärdateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="114"/>
        <source>Use the downloaded binaries</source>
        <translation>Heruntergeladene Binärdateien verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="115"/>
        <source>Use the Device OS binaries the setup script downloaded (the default)</source>
        <translation>Die Device-OS-Binärdateien verwenden, die das Setup-Skript heruntergeladen hat (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="240"/>
        <source>The download size is not known: %1</source>
        <translation>Die Downloadgröße ist nicht bekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>Firmware (*.bin)</source>
        <translation>Firmware (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="280"/>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="302"/>
        <source>To use your own files instead, choose a folder or zip of release binaries.</source>
        <translation>Um stattdessen eigene Dateien zu verwenden, wählen Sie einen Ordner oder eine ZIP-Datei mit Release-Binärdateien.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="330"/>
        <source>Loading the list of Device OS releases…</source>
        <translation>Liste der Device-OS-Releases wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="335"/>
        <source>The list of Particle&apos;s releases could not be loaded, so the Device OS binaries on this computer are used instead. %1</source>
        <translation>Die Liste der Particle-Releases konnte nicht geladen werden; daher werden die Device-OS-Binärdateien auf diesem Computer verwendet. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="348"/>
        <source>Offline: showing the releases downloaded on %1. Releases not downloaded yet need the network.</source>
        <translation>Offline: angezeigt werden die am %1 geladenen Releases. Noch nicht heruntergeladene Releases brauchen das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="353"/>
        <source>From %1, the list of %2 (the network could not be reached: %3)</source>
        <translation>Von %1, die Liste vom %2 (das Netzwerk war nicht erreichbar: %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="356"/>
        <source>From %1, the list of %2.</source>
        <translation>Von %1, die Liste vom %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="357"/>
        <source>%n release(s) downloaded on this computer.</source>
        <translation>
            <numerusform>%n Release auf diesem Computer heruntergeladen.</numerusform>
            <numerusform>%n Releases auf diesem Computer heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="387"/>
        <source>The list has no releases for the %1: use your own files.</source>
        <translation>Die Liste enthält keine Releases für das %1: Verwenden Sie eigene Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="402"/>
        <source>recommended by Particle</source>
        <translation>von Particle empfohlen</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="404"/>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="406"/>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="410"/>
        <source>on the device</source>
        <translation>auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="413"/>
        <source>downloaded, %1</source>
        <translation>heruntergeladen, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="415"/>
        <source>not downloaded: needs the network</source>
        <translation>nicht heruntergeladen: braucht das Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="428"/>
        <source>Downloaded and checked: no network needed</source>
        <translation>Heruntergeladen und geprüft: kein Netzwerk nötig</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="429"/>
        <source>Choosing it downloads it (and any release the restore passes through) before the plan is shown</source>
        <translation>Bei Auswahl wird es (samt jedem Release, über das die Wiederherstellung geht) heruntergeladen, bevor der Plan erscheint</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="448"/>
        <source>The binaries could not be read. %1</source>
        <translation>Die Binärdateien konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="449"/>
        <source>No Device OS binaries yet: choose a folder or zip of release binaries.</source>
        <translation>Noch keine Device-OS-Binärdateien: Wählen Sie einen Ordner oder eine ZIP-Datei mit Release-Binärdateien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="460"/>
        <source>The downloaded Device OS binaries (the default): %n module(s).</source>
        <translation>
            <numerusform>Die heruntergeladenen Device-OS-Binärdateien (Standard): %n Modul.</numerusform>
            <numerusform>Die heruntergeladenen Device-OS-Binärdateien (Standard): %n Module.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="461"/>
        <source>%n module(s) found.</source>
        <translation>
            <numerusform>%n Modul gefunden.</numerusform>
            <numerusform>%n Module gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="463"/>
        <source>%n other file(s) are not modules.</source>
        <translation>
            <numerusform>%n weitere Datei ist kein Modul.</numerusform>
            <numerusform>%n weitere Dateien sind keine Module.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="606"/>
        <source>Asking the server for the download size…</source>
        <translation>Der Server wird nach der Downloadgröße gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="616"/>
        <source>Everything this restore needs is downloaded: no network needed.</source>
        <translation>Alles, was diese Wiederherstellung braucht, ist heruntergeladen: kein Netzwerk nötig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="623"/>
        <source>To download: at least %1 (Device OS %2; %n file(s) did not say their size).</source>
        <translation>
            <numerusform>Herunterzuladen: mindestens %1 (Device OS %2; %n Datei hat ihre Größe nicht genannt).</numerusform>
            <numerusform>Herunterzuladen: mindestens %1 (Device OS %2; %n Dateien haben ihre Größe nicht genannt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="626"/>
        <source>To download: %1 (Device OS %2).</source>
        <translation>Herunterzuladen: %1 (Device OS %2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="638"/>
        <source>Getting Device OS %1 for the %2 (and any release the restore passes through)…</source>
        <translation>Device OS %1 für das %2 wird geholt (samt jedem Release, über das die Wiederherstellung geht)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="422"/>
        <location filename="../ui/pages/versionpage.cpp" line="490"/>
        <source>%1  (%2)</source>
        <comment>a version and its labels</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="424"/>
        <location filename="../ui/pages/versionpage.cpp" line="492"/>
        <source>%1  — not available: %2</source>
        <comment>a version and why it cannot be chosen</comment>
        <translation>%1  — nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="478"/>
        <source>newest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="408"/>
        <location filename="../ui/pages/versionpage.cpp" line="482"/>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="484"/>
        <source>LTS line</source>
        <translation>LTS-Linie</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="418"/>
        <location filename="../ui/pages/versionpage.cpp" line="487"/>
        <source>the %1 needs %2 or newer</source>
        <translation>%1 benötigt %2 oder neuer</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="504"/>
        <source>They hold no Device OS for the %1.</source>
        <translation>Die Binärdateien enthalten kein Device OS für %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="516"/>
        <source>Not usable: the file holds %n module(s), not one.</source>
        <translation>
            <numerusform>Nicht verwendbar: Die Datei enthält %n Modul, nicht eines.</numerusform>
            <numerusform>Nicht verwendbar: Die Datei enthält %n Module, nicht eines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="518"/>
        <location filename="../ui/pages/versionpage.cpp" line="530"/>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="523"/>
        <source>Not usable: %1 is not user firmware.</source>
        <translation>Nicht verwendbar: %1 ist keine Anwender-Firmware.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="526"/>
        <source>Not usable: %1 is built for the %2, not the %3.</source>
        <translation>Nicht verwendbar: %1 ist für %2 erstellt, nicht für %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="534"/>
        <source>%1: user firmware for the %2, checks pass.</source>
        <translation>%1: Anwender-Firmware für %2, Prüfungen bestanden.</translation>
    </message>
</context>
</TS>
