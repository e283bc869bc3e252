<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>dr::App</name>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Restore Particle devices to a chosen Device OS version.</source>
        <translation>Restaura dispositivos Particle a la versión de Device OS elegida.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>Attach virtual devices instead of USB, e.g. boron@1.5.2,photon@2.2.0.</source>
        <translation>Conecta dispositivos virtuales en lugar de USB, p. ej. boron@1.5.2,photon@2.2.0.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173"/>
        <source>PLATFORM@VERSION,...</source>
        <translation>PLATAFORMA@VERSIÓN,...</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>Folder or zip of Device OS release binaries.</source>
        <translation>Carpeta o zip con los binarios de las versiones de Device OS.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>DIR|ZIP</source>
        <translation>CARPETA|ZIP</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Show the window in this language: %1 (default: the system language, or the one chosen in the settings).</source>
        <translation>Muestra la ventana en este idioma: %1 (predeterminado: el idioma del sistema o el elegido en la configuración).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183"/>
        <source>Open the restore station (many devices, one recipe) instead of the wizard.</source>
        <translation>Abrir la estación de restauración (muchos dispositivos, una receta) en lugar del asistente.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186"/>
        <source>With --station: use the saved recipe of this name.</source>
        <translation>Con --station: usar la receta guardada con este nombre.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="187"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="192"/>
        <source>unknown language &apos;%1&apos;.</source>
        <translation>idioma desconocido: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>The virtual devices need Device OS binaries, and none were found. Run installer/fetch-real-binaries.sh (it puts them in ~/.cache/device-restore/real-binaries), or give --bundle with a folder or zip of release binaries.</source>
        <translation>Los dispositivos virtuales necesitan binarios de Device OS y no se encontró ninguno. Ejecute installer/fetch-real-binaries.sh (los deja en ~/.cache/device-restore/real-binaries) o indique con --bundle una carpeta o un zip de binarios de la versión.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>--recipe is for the restore station: give --station too.</source>
        <translation>--recipe es para la estación de restauración: indique también --station.</translation>
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
        <translation>&apos;i&apos; (ID del dispositivo)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="17"/>
        <source>&apos;v&apos; (system version)</source>
        <translation>&apos;v&apos; (versión del sistema)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="18"/>
        <source>&apos;s&apos; (module info)</source>
        <translation>&apos;s&apos; (información de módulos)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="19"/>
        <source>&apos;m&apos; (MAC address)</source>
        <translation>&apos;m&apos; (dirección MAC)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="20"/>
        <source>&apos;c&apos; (claimed)</source>
        <translation>&apos;c&apos; (reclamado)</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="21"/>
        <source>&apos;x&apos; (exit listening mode)</source>
        <translation>&apos;x&apos; (salir del modo de escucha)</translation>
    </message>
</context>
<context>
    <name>dr::ConsoleReplyParser</name>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="93"/>
        <source>Check that the port belongs to a Particle device in listening mode (blinking dark blue), then try again.</source>
        <translation>Compruebe que el puerto corresponde a un dispositivo Particle en modo de escucha (azul oscuro parpadeante) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="176"/>
        <source>The device&apos;s reply to &apos;i&apos; has no valid device ID.</source>
        <translation>La respuesta del dispositivo a &apos;i&apos; no contiene un ID de dispositivo válido.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="204"/>
        <source>The device&apos;s reply to &apos;v&apos; has no valid version.</source>
        <translation>La respuesta del dispositivo a &apos;v&apos; no contiene una versión válida.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="226"/>
        <source>The device&apos;s reply to &apos;m&apos; has no valid MAC address.</source>
        <translation>La respuesta del dispositivo a &apos;m&apos; no contiene una dirección MAC válida.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="244"/>
        <source>The device&apos;s reply to &apos;c&apos; is neither yes nor no.</source>
        <translation>La respuesta del dispositivo a &apos;c&apos; no es ni sí ni no.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="332"/>
        <source>The device&apos;s reply to &apos;s&apos; is nested too deeply to be a module list.</source>
        <translation>La respuesta del dispositivo a &apos;s&apos; tiene demasiados niveles de anidamiento para ser una lista de módulos.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="337"/>
        <source>The device&apos;s reply to &apos;s&apos; is not balanced JSON.</source>
        <translation>La respuesta del dispositivo a &apos;s&apos; no es un JSON equilibrado.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="313"/>
        <source>The device&apos;s reply to &apos;s&apos; never ends.</source>
        <translation>La respuesta del dispositivo a &apos;s&apos; no termina nunca.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="314"/>
        <source>Reset the device, put it in listening mode (blinking dark blue) and try again.</source>
        <translation>Reinicie el dispositivo, póngalo en modo de escucha (azul oscuro parpadeante) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="355"/>
        <source>The device did not answer %1 within %2 s.</source>
        <translation>El dispositivo no respondió a %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="356"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue), check the cable, then try again.</source>
        <translation>Ponga el dispositivo en modo de escucha (mantenga pulsado MODE hasta que parpadee en azul oscuro), compruebe el cable e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="363"/>
        <source>The device printed output but no reply to %1 within %2 s.</source>
        <translation>El dispositivo mostró una salida, pero no respondió a %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="364"/>
        <source>The device may not be in listening mode. Hold MODE until it blinks dark blue, then try again.</source>
        <translation>Puede que el dispositivo no esté en modo de escucha. Mantenga pulsado MODE hasta que parpadee en azul oscuro e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>dr::ControlRequest</name>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="111"/>
        <source>The device answered %1 with a malformed reply.</source>
        <translation>El dispositivo respondió a %1 con una respuesta mal formada.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="113"/>
        <location filename="../core/usb/controlrequest.cpp" line="147"/>
        <source>Reset the device and try again; if it repeats, update its Device OS by DFU.</source>
        <translation>Reinicie el dispositivo e inténtelo de nuevo; si se repite, actualice su Device OS por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="144"/>
        <source>The device answered the module info request (90) with malformed JSON.</source>
        <translation>El dispositivo respondió a la solicitud de información de módulos (90) con JSON mal formado.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="180"/>
        <source>the module info request (90)</source>
        <translation>la solicitud de información de módulos (90)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="257"/>
        <source>The request %1 carries %2 bytes; the device takes at most %3.</source>
        <translation>La solicitud %1 lleva %2 bytes; el dispositivo admite como máximo %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="262"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>Es un error de Device Restore; por favor, notifíquelo.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="275"/>
        <source>The device did not complete request %1 within %2 s.</source>
        <translation>El dispositivo no completó la solicitud %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="279"/>
        <location filename="../core/usb/controlrequest.cpp" line="473"/>
        <source>Reset the device and try again.</source>
        <translation>Reinicie el dispositivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="299"/>
        <location filename="../core/usb/controlrequest.cpp" line="337"/>
        <source>The control request</source>
        <translation>La solicitud de control</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="394"/>
        <source>the device ID request (20)</source>
        <translation>la solicitud del ID del dispositivo (20)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="410"/>
        <source>the system version request (30)</source>
        <translation>la solicitud de la versión del sistema (30)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="435"/>
        <source>the device mode request (72)</source>
        <translation>la solicitud del modo del dispositivo (72)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="461"/>
        <source>the start of the firmware update (250)</source>
        <translation>la solicitud de inicio de la actualización de firmware (250)</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="468"/>
        <source>The firmware update</source>
        <translation>La actualización de firmware</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="471"/>
        <source>The firmware update did not finish in time.</source>
        <translation>La actualización de firmware no terminó a tiempo.</translation>
    </message>
</context>
<context>
    <name>dr::DeviceOsVersionTable</name>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="47"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="48"/>
        <source>Check that the file exists and is readable.</source>
        <translation>Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="56"/>
        <source>Fix the Device OS version table (see README, &quot;Platform database&quot;).</source>
        <translation>Corrija la tabla de versiones de Device OS (consulte el README, &quot;Platform database&quot;).</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="142"/>
        <source>The built-in Device OS version table is missing.</source>
        <translation>Falta la tabla integrada de versiones de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="143"/>
        <source>Rebuild the program; the resource :/dr/device-os-versions.json was not linked in.</source>
        <translation>Vuelva a compilar el programa; el recurso :/dr/device-os-versions.json no se enlazó.</translation>
    </message>
</context>
<context>
    <name>dr::DeviceProtection</name>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="69"/>
        <source>The device answered the protection state request (76) with a malformed reply.</source>
        <translation>El dispositivo respondió a la solicitud del estado de protección (76) con una respuesta mal formada.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="71"/>
        <source>Reset the device and try again.</source>
        <translation>Reinicie el dispositivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="78"/>
        <source>The device has Device Protection on: its bootloader refuses firmware written over DFU and its Device OS refuses updates over USB, so Device Restore cannot write it. Nothing was written.</source>
        <translation>El dispositivo tiene Device Protection activada: su bootloader rechaza el firmware escrito por DFU y su Device OS rechaza las actualizaciones por USB, así que Device Restore no puede escribirlo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="81"/>
        <source>Turn Device Protection off for this device in the Particle console (or put it in service mode with &apos;particle device-protection disable&apos;), then restore it again.</source>
        <translation>Desactive Device Protection para este dispositivo en la consola de Particle (o póngalo en modo de servicio con &apos;particle device-protection disable&apos;) y vuelva a restaurarlo.</translation>
    </message>
</context>
<context>
    <name>dr::DfuClient</name>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="31"/>
        <source>The device&apos;s DFU descriptors are malformed: %1.</source>
        <translation>Los descriptores DFU del dispositivo están mal formados: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="32"/>
        <location filename="../core/usb/dfuclient.cpp" line="97"/>
        <location filename="../core/usb/dfuclient.cpp" line="146"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>Reinicie el dispositivo en modo DFU e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="42"/>
        <source>no configuration descriptor</source>
        <translation>no hay descriptor de configuración</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="49"/>
        <source>descriptor at offset %1 runs past the end</source>
        <translation>el descriptor en el desplazamiento %1 sobrepasa el final</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="51"/>
        <source>short interface descriptor</source>
        <translation>descriptor de interfaz demasiado corto</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="56"/>
        <source>short DFU functional descriptor</source>
        <translation>descriptor funcional DFU demasiado corto</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="66"/>
        <source>no DFU interface</source>
        <translation>no hay interfaz DFU</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="96"/>
        <source>The device answered DFU_GETSTATUS with %1 bytes instead of 6.</source>
        <translation>El dispositivo respondió a DFU_GETSTATUS con %1 bytes en lugar de 6.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="145"/>
        <source>The device stayed busy during %1.</source>
        <translation>El dispositivo permaneció ocupado durante %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="185"/>
        <source>DFU mode</source>
        <translation>modo DFU</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="186"/>
        <location filename="../core/usb/dfuclient.cpp" line="196"/>
        <source>preparing the download</source>
        <translation>la preparación de la descarga</translation>
    </message>
</context>
<context>
    <name>dr::DfuModuleReader</name>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="44"/>
        <source>It is on the network co-processor, whose flash DFU mode does not reach; it is only known once Device OS runs.</source>
        <translation>Está en el coprocesador de red, cuya flash no alcanza el modo DFU; solo se conoce cuando Device OS está en marcha.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="46"/>
        <source>The bootloader does not let this memory be read over DFU.</source>
        <translation>El bootloader no permite leer esta memoria por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="69"/>
        <source>The device has Device Protection on: its bootloader does not let its modules be read over DFU.</source>
        <translation>El dispositivo tiene activada la Device Protection: su bootloader no permite leer sus módulos por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="71"/>
        <source>Every module will be written. To read them first, turn Device Protection off in the Particle console (or put the device in service mode).</source>
        <translation>Se escribirán todos los módulos. Para leerlos antes, desactive la Device Protection en la consola de Particle (o ponga el dispositivo en modo de servicio).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="73"/>
        <source>found in DFU mode, before any read</source>
        <translation>detectado en modo DFU, antes de cualquier lectura</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="130"/>
        <source>The device&apos;s bootloader does not let any module be read over DFU.</source>
        <translation>El bootloader del dispositivo no permite leer ningún módulo por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="131"/>
        <source>Every module will be written.</source>
        <translation>Se escribirán todos los módulos.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="145"/>
        <location filename="../core/usb/dfumodulereader.cpp" line="186"/>
        <source>Reading the modules over DFU</source>
        <translation>Lectura de los módulos por DFU</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="148"/>
        <source>Reading the device&apos;s modules over DFU took longer than %1 s.</source>
        <translation>La lectura de los módulos del dispositivo por DFU tardó más de %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="150"/>
        <source>Nothing was written. Check the cable and try again; a restore without the reading writes every module.</source>
        <translation>No se escribió nada. Compruebe el cable e inténtelo de nuevo; una restauración sin la lectura escribe todos los módulos.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="160"/>
        <source>The device went away while its modules were being read over DFU. Nothing was written.</source>
        <translation>El dispositivo desapareció mientras se leían sus módulos por DFU. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="162"/>
        <source>Plug it back in (a data cable, not a charge-only one), put it in DFU mode if it is not, and read it again.</source>
        <translation>Vuelva a conectarlo (con un cable de datos, no uno solo de carga), póngalo en modo DFU si no lo está y léalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="172"/>
        <source>A read of %1 bytes at %2 would leave the %3 slot.</source>
        <translation>Una lectura de %1 bytes en %2 saldría de la ranura %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="175"/>
        <source>Nothing was read there.</source>
        <translation>No se leyó nada allí.</translation>
    </message>
</context>
<context>
    <name>dr::DfuseDownloader</name>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="40"/>
        <source>%1..%2 on alt %3</source>
        <translation>%1..%2 en alt %3</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="42"/>
        <source>Nothing to write at %1.</source>
        <translation>No hay nada que escribir en %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="43"/>
        <source>Check the file.</source>
        <translation>Compruebe el archivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="46"/>
        <source>The write %1 lies outside the device&apos;s %2.</source>
        <translation>La escritura %1 queda fuera de la memoria %2 del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="47"/>
        <source>Check that the file is for this device; nothing was written.</source>
        <translation>Compruebe que el archivo es para este dispositivo; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="49"/>
        <source>The write %1 touches read-only memory of the %2.</source>
        <translation>La escritura %1 afecta a una zona de solo lectura de la memoria %2.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="51"/>
        <source>This part cannot be written over DFU; nothing was written.</source>
        <translation>Esta parte no se puede escribir por DFU; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="57"/>
        <source>The write %1 would overwrite %2..%3, which must never be written over DFU on the %4.</source>
        <translation>La escritura %1 sobrescribiría %2..%3, que nunca debe escribirse por DFU en el %4.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="61"/>
        <source>Nothing was written. Bootloaders go through the device itself (control requests or the OTA region).</source>
        <translation>No se escribió nada. Los bootloaders se instalan a través del propio dispositivo (solicitudes de control o la región OTA).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="72"/>
        <source>The module</source>
        <translation>El módulo</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="74"/>
        <source>%1 is for platform %2, not for this %3.</source>
        <translation>%1 es para la plataforma %2, no para este %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="78"/>
        <source>Use the file built for the %1; nothing was written.</source>
        <translation>Use el archivo compilado para el %1; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="81"/>
        <source>%1 is corrupt: its CRC-32 does not match.</source>
        <translation>%1 está dañado: su CRC-32 no coincide.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="82"/>
        <source>Download the file again; nothing was written.</source>
        <translation>Vuelva a descargar el archivo; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="105"/>
        <source>%1 (%2 bytes at %3) does not fit any %4 slot of the %5.</source>
        <translation>%1 (%2 bytes en %3) no cabe en ninguna ranura de %4 del %5.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="109"/>
        <source>The file is not a module for this device&apos;s layout; nothing was written.</source>
        <translation>El archivo no es un módulo para la distribución de memoria de este dispositivo; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="113"/>
        <source>%1 (%2) cannot be written over DFU.</source>
        <translation>%1 (%2) no se puede escribir por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="115"/>
        <source>This module must never be flashed; nothing was written.</source>
        <translation>Este módulo nunca debe grabarse; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="116"/>
        <source>Flash it in normal or listening mode (control requests); nothing was written.</source>
        <translation>Grábelo en modo normal o de escucha (solicitudes de control); no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="129"/>
        <source>A DCT write of %1 bytes at offset %2 is not a field Device Restore may change.</source>
        <translation>Una escritura DCT de %1 bytes en el desplazamiento %2 no corresponde a un campo que Device Restore pueda modificar.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="133"/>
        <source>Only the OTA flag, claim code and setup flag are written; nothing was written.</source>
        <translation>Solo se escriben el indicador OTA, el código de reclamación y el indicador de configuración; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="199"/>
        <source>The device in DFU mode shows no internal flash (alt 0).</source>
        <translation>El dispositivo en modo DFU no muestra memoria flash interna (alt 0).</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="200"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="384"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>Reinicie el dispositivo en modo DFU e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="213"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="238"/>
        <source>The device has no DFU alt setting %1.</source>
        <translation>El dispositivo no tiene la configuración alternativa DFU %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="214"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="228"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="239"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="256"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="260"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="301"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="227"/>
        <source>The DFU session is not open.</source>
        <translation>La sesión DFU no está abierta.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="241"/>
        <source>Raw writes to the DCT are not allowed.</source>
        <translation>No se permiten escrituras directas en la DCT.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="242"/>
        <source>Write a named DCT field instead; nothing was written.</source>
        <translation>Escriba en su lugar un campo DCT con nombre; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="255"/>
        <source>The device shows no DCT alt setting.</source>
        <translation>El dispositivo no muestra ninguna configuración alternativa DCT.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="258"/>
        <source>The DCT field %1 is not writable on this device.</source>
        <translation>El campo DCT %1 no se puede escribir en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="300"/>
        <source>The write at %1 lies outside the layout.</source>
        <translation>La escritura en %1 queda fuera de la distribución de memoria.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="343"/>
        <source>The device&apos;s flash differs from the file at %1 after writing.</source>
        <translation>Tras la escritura, la memoria flash del dispositivo difiere del archivo en %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="345"/>
        <source>Reset the device into DFU mode and flash again; if it repeats, the flash may be worn.</source>
        <translation>Reinicie el dispositivo en modo DFU y vuelva a grabar; si se repite, puede que la memoria flash esté desgastada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="360"/>
        <source>The memory at %1 is not readable over DFU.</source>
        <translation>La memoria en %1 no se puede leer por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="361"/>
        <source>Nothing can be verified there.</source>
        <translation>Ahí no se puede verificar nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="373"/>
        <source>Reading back</source>
        <translation>La lectura de verificación</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="380"/>
        <source>The device returned %1 of %2 bytes reading %3.</source>
        <translation>El dispositivo devolvió %1 de %2 bytes al leer %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="412"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="417"/>
        <source>leaving DFU mode</source>
        <translation>la salida del modo DFU</translation>
    </message>
</context>
<context>
    <name>dr::DfuseMemoryLayout</name>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="23"/>
        <source>The device reports a DfuSe memory layout this program cannot read: %1.</source>
        <translation>El dispositivo indica una distribución de memoria DfuSe que este programa no puede leer: %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="25"/>
        <source>Check that the device is a Particle device in DFU mode; if it is, report the layout string shown in the details.</source>
        <translation>Compruebe que el dispositivo es un dispositivo Particle en modo DFU; si lo es, notifique la cadena de distribución que aparece en los detalles.</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="60"/>
        <source>it does not start with &apos;@&apos;</source>
        <translation>no empieza por &apos;@&apos;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="64"/>
        <source>expected &quot;@name/address/segments&quot;</source>
        <translation>se esperaba &quot;@nombre/dirección/segmentos&quot;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="72"/>
        <source>the address &quot;%1&quot; is not a 32-bit number</source>
        <translation>la dirección &quot;%1&quot; no es un número de 32 bits</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="77"/>
        <source>the block at &quot;%1&quot; overlaps the sectors before it</source>
        <translation>el bloque en &quot;%1&quot; se solapa con los sectores anteriores</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="80"/>
        <source>no sectors after address %1</source>
        <translation>no hay sectores después de la dirección %1</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="87"/>
        <source>the sector group &quot;%1&quot; is not N*SIZE[unit]letter</source>
        <translation>el grupo de sectores &quot;%1&quot; no tiene la forma N*TAMAÑO[unidad]letra</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="90"/>
        <source>bad sector count in &quot;%1&quot;</source>
        <translation>número de sectores incorrecto en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="95"/>
        <source>unknown sector property letter in &quot;%1&quot;</source>
        <translation>letra de propiedad de sector desconocida en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="104"/>
        <source>unknown size unit in &quot;%1&quot;</source>
        <translation>unidad de tamaño desconocida en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="110"/>
        <source>bad sector size in &quot;%1&quot;</source>
        <translation>tamaño de sector incorrecto en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="114"/>
        <source>the sectors run past the 32-bit address space</source>
        <translation>los sectores sobrepasan el espacio de direcciones de 32 bits</translation>
    </message>
</context>
<context>
    <name>dr::Doctor</name>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="73"/>
        <source>Particle device %1</source>
        <translation>Dispositivo Particle %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="74"/>
        <source>%1 in DFU mode</source>
        <translation>%1 en modo DFU</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="115"/>
        <source>Install the udev rule</source>
        <translation>Instalar la regla de udev</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="119"/>
        <location filename="../core/doctor/doctor.cpp" line="286"/>
        <source>Unplug the device and plug it in again.</source>
        <translation>Desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="129"/>
        <source>The %1 is connected, but Windows has no WinUSB driver for it.</source>
        <translation>%1 está conectado, pero Windows no tiene un controlador WinUSB para él.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="131"/>
        <source>Device Restore talks to the device through WinUSB; without it the device cannot be opened.</source>
        <translation>Device Restore se comunica con el dispositivo mediante WinUSB; sin él no se puede abrir el dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="132"/>
        <source>Install the WinUSB driver for the device (for example with Zadig: choose the device, choose WinUSB, Install), then unplug the device and plug it in again.</source>
        <translation>Instale el controlador WinUSB para el dispositivo (por ejemplo con Zadig: elija el dispositivo, elija WinUSB, Install) y luego desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="137"/>
        <source>The %1 is connected, but this user may not open it.</source>
        <translation>%1 está conectado, pero este usuario no puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="138"/>
        <source>Linux lets only the administrator open USB devices unless a udev rule allows it.</source>
        <translation>Linux solo deja abrir dispositivos USB al administrador, salvo que una regla de udev lo permita.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="139"/>
        <source>Install Device Restore&apos;s udev rule (&quot;Check this computer&quot; offers it), then unplug the device and plug it in again.</source>
        <translation>Instale la regla de udev de Device Restore («Comprobar este equipo» la ofrece) y luego desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="183"/>
        <source>Device Restore runs inside a %1 sandbox that cannot see USB devices.</source>
        <translation>Device Restore se ejecuta dentro de un entorno aislado de %1 que no ve los dispositivos USB.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="184"/>
        <source>Without USB access it cannot find or restore any device.</source>
        <translation>Sin acceso USB no puede encontrar ni restaurar ningún dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="186"/>
        <source>Give it USB access: flatpak override --user --device=all, then start it again.</source>
        <translation>Concédale acceso USB: flatpak override --user --device=all, y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="187"/>
        <source>Give it USB access: snap connect device-restore:raw-usb, then start it again.</source>
        <translation>Concédale acceso USB: snap connect device-restore:raw-usb, y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="190"/>
        <source>Device Restore runs inside a %1 sandbox with USB access.</source>
        <translation>Device Restore se ejecuta dentro de un entorno aislado de %1 con acceso USB.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="191"/>
        <source>The udev rule and group checks below are about the computer outside the sandbox.</source>
        <translation>Las comprobaciones de la regla de udev y de los grupos de abajo se refieren al equipo fuera del entorno aislado.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="194"/>
        <source>Device Restore runs as root.</source>
        <translation>Device Restore se ejecuta como root.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="195"/>
        <source>It can open every device, but the files it writes (downloaded releases, reports, settings) belong to root.</source>
        <translation>Puede abrir cualquier dispositivo, pero los archivos que escribe (versiones descargadas, informes, ajustes) pertenecen a root.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="197"/>
        <source>Run it as yourself once the udev rule is installed.</source>
        <translation>Ejecútelo con su propio usuario una vez instalada la regla de udev.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="208"/>
        <source>No access to any Particle device (%1 product ids, normal and DFU mode).</source>
        <translation>Sin acceso a ningún dispositivo Particle (%1 ID de producto, modo normal y DFU).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="210"/>
        <source>No access: %1.</source>
        <translation>Sin acceso: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="213"/>
        <source>ModemManager not told to ignore any Particle serial port.</source>
        <translation>No se indica a ModemManager que ignore ningún puerto serie de Particle.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="214"/>
        <source>ModemManager not told to ignore: %1.</source>
        <translation>No se indica a ModemManager que ignore: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="219"/>
        <source>The udev rules let this user open Particle devices in every mode.</source>
        <translation>Las reglas de udev permiten a este usuario abrir dispositivos Particle en todos los modos.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="223"/>
        <source>No udev rule gives this user access to Particle devices.</source>
        <translation>Ninguna regla de udev da a este usuario acceso a los dispositivos Particle.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="224"/>
        <source>Without it only the administrator may open a Particle device over USB, and ModemManager may send modem commands to a device in listening mode.</source>
        <translation>Sin ella solo el administrador puede abrir un dispositivo Particle por USB, y ModemManager puede enviar órdenes de módem a un dispositivo en modo de escucha.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="227"/>
        <source>Install Device Restore&apos;s udev rule, then unplug the device and plug it in again.</source>
        <translation>Instale la regla de udev de Device Restore y luego desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="231"/>
        <source>These rules do not cover every Particle device and mode, so some devices cannot be opened or are probed by ModemManager.</source>
        <translation>Estas reglas no cubren todos los dispositivos y modos de Particle, así que algunos dispositivos no se pueden abrir o ModemManager los sondea.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="236"/>
        <source>%1 sets the uaccess tag after 73-seat-late.rules, where it no longer has an effect.</source>
        <translation>%1 pone la etiqueta uaccess después de 73-seat-late.rules, donde ya no tiene efecto.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="239"/>
        <source>The udev rule for Particle devices is out of date: %1.</source>
        <translation>La regla de udev para dispositivos Particle está desactualizada: %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="242"/>
        <source>Install Device Restore&apos;s current udev rule, then unplug the device and plug it in again.</source>
        <translation>Instale la regla de udev actual de Device Restore y luego desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="253"/>
        <source>bus %1, device %2</source>
        <translation>bus %1, dispositivo %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="270"/>
        <source>The %1 is connected, but it cannot be opened.</source>
        <translation>%1 está conectado, pero no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="271"/>
        <source>Another program may be using it.</source>
        <translation>Puede que otro programa lo esté usando.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="272"/>
        <source>Close other programs that use Particle devices (Particle CLI, Workbench), then unplug the device and plug it in again.</source>
        <translation>Cierre los demás programas que usan dispositivos Particle (Particle CLI, Workbench) y luego desconecte el dispositivo y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="285"/>
        <source>The udev rule is installed, but the device was connected before it took effect.</source>
        <translation>La regla de udev está instalada, pero el dispositivo se conectó antes de que surtiera efecto.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="289"/>
        <source>The udev rule gives access to the person logged in at this computer&apos;s screen; this session is not that one (for example a remote login).</source>
        <translation>La regla de udev da acceso a la persona que ha iniciado sesión en la pantalla de este equipo; esta sesión no es esa (por ejemplo, un inicio de sesión remoto).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="291"/>
        <source>Run Device Restore in the desktop session at this computer.</source>
        <translation>Ejecute Device Restore en la sesión de escritorio de este equipo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="298"/>
        <source>No Particle device is connected over USB.</source>
        <translation>No hay ningún dispositivo Particle conectado por USB.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="299"/>
        <source>The checks of devices and serial ports need a device.</source>
        <translation>Las comprobaciones de dispositivos y puertos serie necesitan un dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="300"/>
        <source>Connect the device with a USB data cable (some cables only charge) and check again.</source>
        <translation>Conecte el dispositivo con un cable USB de datos (algunos cables solo cargan) y compruebe de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor/doctor.cpp" line="303"/>
        <source>%n Particle device(s) connected, all usable.</source>
        <translation>
            <numerusform>%n dispositivo Particle conectado, utilizable.</numerusform>
            <numerusform>%n dispositivos Particle conectados, todos utilizables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="313"/>
        <source>The serial port %1 of the %2 is open in another program: %3.</source>
        <translation>El puerto serie %1 de %2 está abierto en otro programa: %3.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="315"/>
        <source>Listening mode and YModem need the port to themselves; another program reading it garbles the device&apos;s answers.</source>
        <translation>El modo de escucha y YModem necesitan el puerto en exclusiva; otro programa que lo lea estropea las respuestas del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="318"/>
        <source>Close that program (or its serial monitor) before restoring.</source>
        <translation>Cierre ese programa (o su monitor serie) antes de restaurar.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="324"/>
        <source>This user may not open the serial port %1 of the %2 yet.</source>
        <translation>Este usuario aún no puede abrir el puerto serie %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="325"/>
        <source>You were added to the group &apos;%1&apos;, but this session started before that.</source>
        <translation>Se le añadió al grupo &apos;%1&apos;, pero esta sesión empezó antes.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="326"/>
        <source>Log out and log in again (or restart the computer).</source>
        <translation>Cierre la sesión y vuelva a iniciarla (o reinicie el equipo).</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="329"/>
        <source>This user may not open the serial port %1 of the %2.</source>
        <translation>Este usuario no puede abrir el puerto serie %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="330"/>
        <source>The port belongs to the group &apos;%1&apos;, and this user is not in it.</source>
        <translation>El puerto pertenece al grupo &apos;%1&apos; y este usuario no está en él.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="331"/>
        <source>Install Device Restore&apos;s udev rule, or add yourself to the group: sudo usermod -aG %1 %2, then log out and log in again.</source>
        <translation>Instale la regla de udev de Device Restore o añádase al grupo: sudo usermod -aG %1 %2, y luego cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="343"/>
        <source>ModemManager is running and no udev rule tells it to leave Particle devices alone.</source>
        <translation>ModemManager está en marcha y ninguna regla de udev le indica que deje en paz los dispositivos Particle.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="344"/>
        <source>It sends modem commands to every new serial port, which garbles a device in listening mode and can hold the port for up to a minute.</source>
        <translation>Envía órdenes de módem a cada puerto serie nuevo, lo que confunde a un dispositivo en modo de escucha y puede ocupar el puerto hasta un minuto.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="347"/>
        <source>Install Device Restore&apos;s udev rule (it sets ID_MM_DEVICE_IGNORE), or stop ModemManager if this computer has no mobile broadband modem: sudo systemctl stop ModemManager.</source>
        <translation>Instale la regla de udev de Device Restore (establece ID_MM_DEVICE_IGNORE) o detenga ModemManager si este equipo no tiene módem de banda ancha móvil: sudo systemctl stop ModemManager.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="353"/>
        <source>ModemManager is running and leaves Particle devices alone.</source>
        <translation>ModemManager está en marcha y deja en paz los dispositivos Particle.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="358"/>
        <source>brltty (the braille display service) is running.</source>
        <translation>brltty (el servicio de pantallas braille) está en marcha.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="359"/>
        <source>It claims some USB serial devices as they are plugged in, and a serial port can vanish because of it.</source>
        <translation>Se apropia de algunos dispositivos serie USB al conectarlos, y por ello puede desaparecer un puerto serie.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="361"/>
        <source>If nobody uses a braille display on this computer and a device&apos;s port disappears, remove it: sudo apt remove brltty.</source>
        <translation>Si nadie usa una pantalla braille en este equipo y desaparece el puerto de un dispositivo, elimínelo: sudo apt remove brltty.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="367"/>
        <source>libusb on this computer cannot report devices as they are plugged in.</source>
        <translation>libusb en este equipo no puede avisar cuando se conectan dispositivos.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="368"/>
        <source>Device Restore looks for devices once a second instead; a device appears up to a second later.</source>
        <translation>Device Restore busca dispositivos una vez por segundo en su lugar; un dispositivo aparece hasta un segundo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="374"/>
        <source>macOS needs no driver or permission for Particle devices.</source>
        <translation>macOS no necesita controlador ni permiso para los dispositivos Particle.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="379"/>
        <source>%1 through the proxy %2</source>
        <translation>%1 a través del proxy %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="381"/>
        <source>Releases already downloaded, a restore kit (device-restore kit import) or your own files still work without it.</source>
        <translation>Las versiones ya descargadas, un kit de restauración (device-restore kit import) o sus propios archivos siguen funcionando sin ello.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="385"/>
        <source>%1 cannot be found (DNS): %2.</source>
        <translation>No se encuentra %1 (DNS): %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="386"/>
        <location filename="../core/doctor/doctor.cpp" line="391"/>
        <source>Device Restore cannot download releases from there.</source>
        <translation>Device Restore no puede descargar versiones desde allí.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="387"/>
        <source>Check the network connection and its name server.</source>
        <translation>Compruebe la conexión de red y su servidor de nombres.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="390"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>No se puede llegar a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="392"/>
        <source>Check the firewall, or a program that inspects secure connections.</source>
        <translation>Compruebe el cortafuegos o algún programa que inspeccione las conexiones seguras.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="393"/>
        <source>Check the proxy %1 and its settings.</source>
        <translation>Compruebe el proxy %1 y su configuración.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="397"/>
        <source>%1 answers.</source>
        <translation>%1 responde.</translation>
    </message>
</context>
<context>
    <name>dr::DoctorService</name>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="92"/>
        <source>The udev rule is installed in %1. %2</source>
        <translation>La regla de udev está instalada en %1. %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="94"/>
        <source>The rule was not installed: administrator rights were not given.</source>
        <translation>La regla no se instaló: no se concedieron derechos de administrador.</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="96"/>
        <source>The rule was not installed: %1</source>
        <translation>La regla no se instaló: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="106"/>
        <source>The rule was not installed: %1 cannot be started (on Debian and Ubuntu it comes with the package pkexec or policykit-1).</source>
        <translation>La regla no se instaló: no se puede iniciar %1 (en Debian y Ubuntu viene con el paquete pkexec o policykit-1).</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareBundle</name>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="51"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 no es un archivo zip legible.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="52"/>
        <source>Download the bundle again, or unpack it and choose the folder.</source>
        <translation>Vuelva a descargar el paquete, o descomprímalo y elija la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="114"/>
        <source>%1 can no longer be read.</source>
        <translation>%1 ya no se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="115"/>
        <source>Nothing was written from it. Check that the folder or zip is still there (a removed drive, a moved folder), then open it again.</source>
        <translation>No se escribió nada a partir de él. Compruebe que la carpeta o el zip sigue ahí (una unidad extraída, una carpeta movida) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="175"/>
        <source>The bytes of %1 are not at hand.</source>
        <translation>Los bytes de %1 no están disponibles.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="176"/>
        <source>Nothing was written from it. Open the binaries again, then restore.</source>
        <translation>No se escribió nada a partir de él. Vuelva a abrir los binarios y después restaure.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="184"/>
        <source>%1 changed after it was checked.</source>
        <translation>%1 cambió después de comprobarse.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="185"/>
        <source>Nothing was written from it. Open the binaries again so that they are checked again, then restore.</source>
        <translation>No se escribió nada a partir de él. Vuelva a abrir los binarios para que se comprueben de nuevo y después restaure.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="213"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="214"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="269"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="297"/>
        <source>Choose a folder or a zip file of Device OS release binaries.</source>
        <translation>Elija una carpeta o un archivo zip con los binarios de las versiones de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="233"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="259"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="234"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="260"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="241"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 cambió mientras se leía.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="242"/>
        <source>Open the binaries again once nothing is writing to them.</source>
        <translation>Vuelva a abrir los binarios cuando nada esté escribiendo en ellos.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="268"/>
        <source>%1 is neither a folder, a zip file nor a .bin file.</source>
        <translation>%1 no es una carpeta, ni un archivo zip, ni un archivo .bin.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="274"/>
        <source>%1 holds no Particle firmware module.</source>
        <translation>%1 no contiene ningún módulo de firmware de Particle.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="275"/>
        <source>Choose a folder or zip that holds Device OS binaries such as boron-system-part1@2.2.0.bin.</source>
        <translation>Elija una carpeta o un zip que contenga binarios de Device OS, como boron-system-part1@2.2.0.bin.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="296"/>
        <source>No Device OS binaries were given.</source>
        <translation>No se indicó ningún binario de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="314"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="315"/>
        <source>%1 is larger than any Particle module.</source>
        <translation>%1 es más grande que cualquier módulo de Particle.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="316"/>
        <source>Remove it from the bundle or download it again.</source>
        <translation>Quítelo del paquete o vuelva a descargarlo.</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="337"/>
        <source>system module version %1</source>
        <translation>versión %1 del módulo del sistema</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="345"/>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="374"/>
        <source>same folder as Device OS %1</source>
        <translation>misma carpeta que Device OS %1</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareModule</name>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="95"/>
        <source>%1: the compressed module cannot be unpacked: %2.</source>
        <translation>%1: el módulo comprimido no se puede descomprimir: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="96"/>
        <source>The file is damaged or was not made by Particle&apos;s tools. Download it again.</source>
        <translation>El archivo está dañado o no se creó con las herramientas de Particle. Vuelva a descargarlo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="101"/>
        <source>unknown compression method %1</source>
        <translation>método de compresión desconocido %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="105"/>
        <source>window size %1 is not between 8 and 15</source>
        <translation>el tamaño de ventana %1 no está entre 8 y 15</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="109"/>
        <source>it claims to unpack to %1 bytes, more than the %2 bytes allowed</source>
        <translation>indica que se descomprime en %1 bytes, más que los %2 bytes permitidos</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="118"/>
        <source>zlib could not start</source>
        <translation>no se pudo iniciar zlib</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="136"/>
        <source>it unpacks to more than the %1 bytes its header declares</source>
        <translation>se descomprime en más de los %1 bytes que declara su cabecera</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="145"/>
        <source>the compressed data ends too early</source>
        <translation>los datos comprimidos terminan antes de tiempo</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="146"/>
        <source>the compressed data is corrupt</source>
        <translation>los datos comprimidos están dañados</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="150"/>
        <source>it unpacks to %1 bytes, but its header declares %2</source>
        <translation>se descomprime en %1 bytes, pero su cabecera declara %2</translation>
    </message>
</context>
<context>
    <name>dr::LibusbBackend</name>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="83"/>
        <source>The device took %1 of %2 bytes of %3.</source>
        <translation>El dispositivo aceptó %1 de %2 bytes de %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="87"/>
        <source>Re-plug the device and try again.</source>
        <translation>Desconecte y vuelva a conectar el dispositivo, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="95"/>
        <source>reading the configuration descriptor</source>
        <translation>la lectura del descriptor de configuración</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="122"/>
        <source>reading string descriptor %1</source>
        <translation>la lectura del descriptor de cadena %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="129"/>
        <source>claiming interface %1</source>
        <translation>la reserva de la interfaz %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="138"/>
        <source>selecting alt setting %1</source>
        <translation>la selección de la configuración alternativa %1</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="176"/>
        <source>starting libusb</source>
        <translation>la inicialización de libusb</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="253"/>
        <location filename="../core/usb/libusbbackend.cpp" line="314"/>
        <source>listing USB devices</source>
        <translation>la enumeración de los dispositivos USB</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="323"/>
        <source>opening the device</source>
        <translation>la apertura del dispositivo</translation>
    </message>
</context>
<context>
    <name>dr::ListeningModeClient</name>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="25"/>
        <source>The device&apos;s serial port went away.</source>
        <translation>El puerto serie del dispositivo ha desaparecido.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="26"/>
        <source>The device was unplugged or reset. Reconnect it and try again.</source>
        <translation>El dispositivo se desconectó o se reinició. Vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="58"/>
        <source>Cannot open the serial port %1.</source>
        <translation>No se puede abrir el puerto serie %1.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="59"/>
        <source>Another program may be using it, or you lack permission (on Linux, join the dialout group or install the udev rules).</source>
        <translation>Puede que otro programa lo esté usando o que no tenga permiso (en Linux, únase al grupo dialout o instale las reglas udev).</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="61"/>
        <source>Check that the device is connected and the port name is right.</source>
        <translation>Compruebe que el dispositivo está conectado y que el nombre del puerto es correcto.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="101"/>
        <source>The port was closed.</source>
        <translation>Se cerró el puerto.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="126"/>
        <source>The serial port is busy with another operation.</source>
        <translation>El puerto serie está ocupado con otra operación.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="127"/>
        <source>Wait for it to finish or cancel it.</source>
        <translation>Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="135"/>
        <source>The serial port is not open.</source>
        <translation>El puerto serie no está abierto.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="136"/>
        <source>Connect the device and open its port first.</source>
        <translation>Conecte primero el dispositivo y abra su puerto.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="191"/>
        <source>The command was cancelled.</source>
        <translation>Se canceló el comando.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="208"/>
        <source>Writing to the serial port failed.</source>
        <translation>No se pudo escribir en el puerto serie.</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="209"/>
        <source>Reconnect the device and try again.</source>
        <translation>Vuelva a conectar el dispositivo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>dr::ModuleChecks</name>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="32"/>
        <source>no module</source>
        <translation>ningún módulo</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="35"/>
        <source>resource</source>
        <translation>recurso</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="38"/>
        <source>bootloader</source>
        <translation>bootloader</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="41"/>
        <source>monolithic firmware</source>
        <translation>firmware monolítico</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="44"/>
        <source>system part</source>
        <translation>módulo del sistema</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="47"/>
        <source>user part</source>
        <translation>módulo de usuario</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="50"/>
        <source>settings</source>
        <translation>módulo de configuración</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="53"/>
        <source>NCP firmware</source>
        <translation>firmware NCP</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="56"/>
        <source>radio stack</source>
        <translation>stack de radio</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="59"/>
        <source>asset</source>
        <translation>recurso de aplicación</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="62"/>
        <source>module function %1 index %2</source>
        <translation>función de módulo %1, índice %2</translation>
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
        <translation>todas las versiones de Device OS</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="76"/>
        <source>Device OS %1 and later</source>
        <translation>Device OS %1 y posteriores</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="77"/>
        <source>Device OS before %1</source>
        <translation>Device OS anterior a %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="78"/>
        <source>Device OS %1 up to %2</source>
        <translation>Device OS %1 hasta %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="115"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="117"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="119"/>
        <source>NOT CHECKED</source>
        <translation>NO COMPROBADO</translation>
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
        <translation>el CRC-32 %1 coincide</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="191"/>
        <source>stored CRC-32 %1, computed %2</source>
        <translation>CRC-32 almacenado %1, calculado %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="193"/>
        <source>%1: the CRC-32 check failed (stored %2, computed %3): the file is damaged, and a device would refuse to run it.</source>
        <translation>%1: la comprobación CRC-32 falló (almacenado %2, calculado %3): el archivo está dañado y un dispositivo se negaría a ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="196"/>
        <location filename="../core/firmware/modulechecks.cpp" line="211"/>
        <source>Do not flash it. Download the file again from its original source.</source>
        <translation>No lo grabe. Vuelva a descargar el archivo desde su origen.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="199"/>
        <source>SHA-256 matches</source>
        <translation>el SHA-256 coincide</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="203"/>
        <source>stored SHA-256 %1, computed %2</source>
        <translation>SHA-256 almacenado %1, calculado %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="208"/>
        <source>%1: the SHA-256 stored in the module does not match its contents: the file was changed after it was built.</source>
        <translation>%1: el SHA-256 almacenado en el módulo no coincide con su contenido: el archivo se modificó después de compilarse.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="212"/>
        <source>stored %1, computed %2</source>
        <translation>almacenado %1, calculado %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="219"/>
        <source>not compressed</source>
        <translation>sin comprimir</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="226"/>
        <source>inflates to %1 bytes as declared</source>
        <translation>se descomprime en %1 bytes, como declara</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="245"/>
        <source>platform id %1 is unknown</source>
        <translation>el ID de plataforma %1 es desconocido</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="247"/>
        <source>%1: the module is for platform id %2, which is not a Particle platform Device Restore knows.</source>
        <translation>%1: el módulo es para el ID de plataforma %2, que no es ninguna plataforma de Particle que Device Restore conozca.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="251"/>
        <source>Check that the file is firmware for your device, built by Particle&apos;s tools; the file may also be damaged.</source>
        <translation>Compruebe que el archivo es firmware para su dispositivo, compilado con las herramientas de Particle; también es posible que el archivo esté dañado.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="253"/>
        <location filename="../core/firmware/modulechecks.cpp" line="254"/>
        <source>platform unknown</source>
        <translation>plataforma desconocida</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="265"/>
        <source>its version %1 is Device OS %2</source>
        <translation>su versión %1 corresponde a Device OS %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="268"/>
        <source>its version %1 first shipped with Device OS %2</source>
        <translation>su versión %1 se publicó por primera vez con Device OS %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="279"/>
        <source>it needs %1</source>
        <translation>requiere %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="289"/>
        <source>%1 is not supported: %2</source>
        <translation>%1 no es compatible: %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="292"/>
        <source>%1: the module is for the %2, which Device Restore does not support, so its addresses cannot be checked.</source>
        <translation>%1: el módulo es para el %2, que Device Restore no admite, por lo que no se pueden comprobar sus direcciones.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="295"/>
        <source>Use Particle&apos;s own tools for this device.</source>
        <translation>Use las herramientas de Particle para este dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="297"/>
        <source>platform not supported</source>
        <translation>plataforma no compatible</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="301"/>
        <source>%1 has no %2 slot</source>
        <translation>%1 no tiene ranura de %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="305"/>
        <source>%1: the module says it is a %2 for %3, but %3 has no such module.</source>
        <translation>%1: el módulo indica que es %2 para %3, pero %3 no tiene ese módulo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="307"/>
        <source>The file was not built for this platform by Particle&apos;s tools, or it is damaged. Do not flash it.</source>
        <translation>El archivo no se compiló para esta plataforma con las herramientas de Particle, o está dañado. No lo grabe.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="326"/>
        <source>no bounds listed for Device OS %1</source>
        <translation>no hay límites registrados para Device OS %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="327"/>
        <source>Device OS version unknown</source>
        <translation>versión de Device OS desconocida</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="328"/>
        <source>%1; fits the bounds for %2</source>
        <translation>%1; cabe en los límites para %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="329"/>
        <source>%1; fits none of the ranges</source>
        <translation>%1; no cabe en ninguno de los rangos</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="341"/>
        <source>%1 lies within %2 (%3 bounds for %4)</source>
        <translation>%1 está dentro de %2 (límites de %3 para %4)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="347"/>
        <source>%1 is outside %2 (%3 bounds for %4)</source>
        <translation>%1 está fuera de %2 (límites de %3 para %4)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="351"/>
        <source>%1: the %2 occupies %3, outside the %4 slot of the %5 (%6, for %7).</source>
        <translation>%1: el %2 ocupa %3, fuera de la ranura %4 del %5 (%6, para %7).</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="353"/>
        <source>It would overwrite other firmware; do not flash it. Use a file built for the %1 and this Device OS version.</source>
        <translation>Sobrescribiría otro firmware; no lo grabe. Use un archivo compilado para el %1 y esta versión de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="374"/>
        <source>%1 is in the %2 slot</source>
        <translation>%1 está en la ranura %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="379"/>
        <source>%1 is in the %2 slot, not a %3 slot</source>
        <translation>%1 está en la ranura %2, no en una ranura de %3</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="383"/>
        <source>%1: the module says it is a %2, but its start address %3 is the %4 slot of the %5.</source>
        <translation>%1: el módulo indica que es %2, pero su dirección inicial %3 corresponde a la ranura %4 del %5.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="386"/>
        <source>The module header is inconsistent: the file was built wrongly or altered. Do not flash it.</source>
        <translation>La cabecera del módulo es incoherente: el archivo se compiló mal o se modificó. No lo grabe.</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="391"/>
        <source>%1 is in no module slot of the %2</source>
        <translation>%1 no está en ninguna ranura de módulo del %2</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspection</name>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="22"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="23"/>
        <source>Address Range</source>
        <translation>Rango de direcciones</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="24"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="25"/>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionJson</name>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="27"/>
        <source>The device&apos;s module list is malformed: %1.</source>
        <translation>La lista de módulos del dispositivo está mal formada: %1.</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="28"/>
        <source>Reset the device and inspect it again. If this persists, the device&apos;s Device OS may be damaged: restore it over DFU.</source>
        <translation>Reinicie el dispositivo y vuelva a examinarlo. Si el problema persiste, es posible que el Device OS del dispositivo esté dañado: restáurelo por DFU.</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionPrinter</name>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="26"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="35"/>
        <source>%1 (Device OS %2)</source>
        <translation>%1 (Device OS %2)</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="74"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="75"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="76"/>
        <source>Bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="77"/>
        <source>Monolithic</source>
        <translation>Monolítico</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="78"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="79"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="80"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="81"/>
        <source>Network co-processor</source>
        <translation>Coprocesador de red</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="82"/>
        <source>Radio stack</source>
        <translation>Stack de radio</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="83"/>
        <source>Asset</source>
        <translation>Recurso de aplicación</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="85"/>
        <source>Unknown (%1)</source>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="93"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="103"/>
        <source>Platform: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="110"/>
        <source>Read back over DFU (the device is in DFU mode); the checks are Device OS&apos;s, made by Device Restore on the bytes read.</source>
        <translation>Leído por DFU (el dispositivo está en modo DFU); las comprobaciones son las de Device OS, hechas por Device Restore sobre los bytes leídos.</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="113"/>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="118"/>
        <source>Empty - %1 location, %2 bytes max size</source>
        <translation>Vacío - ubicación %1, tamaño máximo %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="119"/>
        <source>Empty - %1 location</source>
        <translation>Vacío - ubicación %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="126"/>
        <source>%1 module #%2 - version %3, %4 location, %5 bytes max size</source>
        <translation>Módulo %1 n.º %2 - versión %3, ubicación %4, tamaño máximo %5 bytes</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="131"/>
        <source>%1 module #%2 - version %3, %4 location</source>
        <translation>Módulo %1 n.º %2 - versión %3, ubicación %4</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="142"/>
        <source>%1 module #%2 - version %3</source>
        <translation>Módulo %1 n.º %2 - versión %3</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="149"/>
        <source>%1 module #%2 (%3) - not read: %4</source>
        <translation>Módulo %1 n.º %2 (%3) - no leído: %4</translation>
    </message>
</context>
<context>
    <name>dr::ModuleParser</name>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="123"/>
        <source>%1 is not a Particle firmware module: it has no module header (module_info) where Device OS puts one.</source>
        <translation>%1 no es un módulo de firmware de Particle: no tiene cabecera de módulo (module_info) donde Device OS la coloca.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="126"/>
        <source>Choose a Device OS part (system-part, bootloader, softdevice) or an application binary built for a Particle device. Files such as patch programmers or flag images cannot be restored with this tool.</source>
        <translation>Elija una parte de Device OS (system-part, bootloader, softdevice) o un binario de aplicación compilado para un dispositivo Particle. Los archivos como programadores de parches o imágenes de indicadores no se pueden restaurar con esta herramienta.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="135"/>
        <source>%1 is cut short: it is %2 bytes, but its module header says the module is %3 bytes.</source>
        <translation>%1 está truncado: tiene %2 bytes, pero su cabecera de módulo indica que el módulo tiene %3 bytes.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="140"/>
        <location filename="../core/firmware/moduleparser.cpp" line="460"/>
        <source>The download or copy did not finish. Download the file again.</source>
        <translation>La descarga o la copia no terminó. Vuelva a descargar el archivo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="163"/>
        <source>%1 stray bytes at offset 0x%2</source>
        <translation>%1 bytes sobrantes en el desplazamiento 0x%2</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="168"/>
        <source>more than %1 extensions</source>
        <translation>más de %1 extensiones</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="178"/>
        <source>extension type 0x%1 at offset 0x%2 has length %3, but only %4 bytes are left</source>
        <translation>la extensión de tipo 0x%1 en el desplazamiento 0x%2 tiene una longitud de %3, pero solo quedan %4 bytes</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="238"/>
        <source>%1: the module&apos;s suffix is damaged: %2.</source>
        <translation>%1: el sufijo del módulo está dañado: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="239"/>
        <location filename="../core/firmware/moduleparser.cpp" line="264"/>
        <location filename="../core/firmware/moduleparser.cpp" line="301"/>
        <location filename="../core/firmware/moduleparser.cpp" line="314"/>
        <location filename="../core/firmware/moduleparser.cpp" line="404"/>
        <source>The file is damaged. Download it again.</source>
        <translation>El archivo está dañado. Vuelva a descargarlo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="248"/>
        <source>its size field says %1 bytes, less than the minimum %2</source>
        <translation>su campo de tamaño indica %1 bytes, menos que el mínimo de %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="252"/>
        <source>its size field says %1 bytes, more than the module has after its header</source>
        <translation>su campo de tamaño indica %1 bytes, más de los que tiene el módulo tras su cabecera</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="262"/>
        <source>%1: the module header&apos;s extensions are damaged: %2.</source>
        <translation>%1: las extensiones de la cabecera del módulo están dañadas: %2.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="263"/>
        <source>no END extension</source>
        <translation>no hay extensión END</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="276"/>
        <source>it overlaps the module header</source>
        <translation>se solapa con la cabecera del módulo</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="298"/>
        <source>%1: the module is flagged compressed but has no room for its compression header.</source>
        <translation>%1: el módulo está marcado como comprimido, pero no tiene espacio para su cabecera de compresión.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="311"/>
        <source>%1: the compression header says it is %2 bytes, which does not fit.</source>
        <translation>%1: la cabecera de compresión indica %2 bytes, que no caben.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="400"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="401"/>
        <source>%1 ends where another module should follow.</source>
        <translation>%1 termina donde debería seguir otro módulo.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="402"/>
        <source>Choose the firmware file itself; download it again if it should not be empty.</source>
        <translation>Elija el propio archivo de firmware; vuelva a descargarlo si no debería estar vacío.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="434"/>
        <source>%1: module %2 of this combined file (at byte %3) cannot be read: %4</source>
        <translation>%1: el módulo %2 de este archivo combinado (en el byte %3) no se puede leer: %4</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="448"/>
        <source>%1 claims to combine more than %2 modules.</source>
        <translation>%1 indica que combina más de %2 módulos.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="451"/>
        <source>The file is damaged or not made by Particle&apos;s tools.</source>
        <translation>El archivo está dañado o no se creó con las herramientas de Particle.</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="456"/>
        <source>%1 is cut short: module %2 says another module follows it, but the file ends there.</source>
        <translation>%1 está truncado: el módulo %2 indica que le sigue otro módulo, pero el archivo termina ahí.</translation>
    </message>
</context>
<context>
    <name>dr::NetworkProbe</name>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="28"/>
        <source>%1 (release catalog and restore zips)</source>
        <translation>%1 (catálogo de versiones y zips de restauración)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="29"/>
        <source>%1 (module files of older releases)</source>
        <translation>%1 (archivos de módulos de versiones antiguas)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="30"/>
        <source>%1 (fallback for module files)</source>
        <translation>%1 (alternativa para archivos de módulos)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="139"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>dr::PlatformData</name>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="17"/>
        <source>The Spark Core (Gen 1) is not covered: Particle publishes no restore images for it, its firmware is monolithic and it has no module-based Device OS.</source>
        <translation>El Spark Core (Gen 1) no está cubierto: Particle no publica imágenes de restauración para él, su firmware es monolítico y no tiene un Device OS basado en módulos.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="20"/>
        <source>The A-SoM was never released to the public; there are no restore images for it.</source>
        <translation>El A-SoM nunca se lanzó al público; no hay imágenes de restauración para él.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="22"/>
        <source>The X-SoM was never released to the public; there are no restore images for it.</source>
        <translation>El X-SoM nunca se lanzó al público; no hay imágenes de restauración para él.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="24"/>
        <source>No public release data yet: Particle&apos;s restore catalog has no images for the Electron 2, so we cannot check what to write.</source>
        <translation>Aún no hay datos públicos de versiones: el catálogo de restauración de Particle no tiene imágenes para el Electron 2, así que no podemos comprobar qué escribir.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="27"/>
        <source>No public release data: Particle&apos;s restore catalog has no images for this platform.</source>
        <translation>No hay datos públicos de versiones: el catálogo de restauración de Particle no tiene imágenes para esta plataforma.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="29"/>
        <source>Tachyon runs Linux, not Device OS: it has no DFU mode and answers no Particle control requests, so it is restored with Particle&apos;s own Linux tools.</source>
        <translation>Tachyon ejecuta Linux, no Device OS: no tiene modo DFU ni responde a las solicitudes de control de Particle, así que se restaura con las propias herramientas de Linux de Particle.</translation>
    </message>
</context>
<context>
    <name>dr::PlatformDatabase</name>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="485"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="486"/>
        <source>Check the path (DEVICE_RESTORE_PLATFORMS if you set it) and the file&apos;s permissions.</source>
        <translation>Compruebe la ruta (DEVICE_RESTORE_PLATFORMS si la ha definido) y los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="494"/>
        <source>Fix the platform database (README, &quot;Platform database&quot;), or unset DEVICE_RESTORE_PLATFORMS to use the built-in one.</source>
        <translation>Corrija la base de datos de plataformas (README, &quot;Platform database&quot;) o elimine DEVICE_RESTORE_PLATFORMS para usar la integrada.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="551"/>
        <source>The built-in platform database is missing.</source>
        <translation>Falta la base de datos de plataformas integrada.</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="552"/>
        <source>Rebuild the program; the resource :/dr/platforms.json was not linked in.</source>
        <translation>Vuelva a compilar el programa; el recurso :/dr/platforms.json no se enlazó.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCache</name>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="53"/>
        <source>The release cache could not write %1.</source>
        <translation>La caché de versiones no pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="54"/>
        <source>Nothing of it was kept. Free some disk space or choose another cache folder (DEVICE_RESTORE_CACHE), then try again.</source>
        <translation>No se conservó nada. Libere espacio en disco o elija otra carpeta de caché (DEVICE_RESTORE_CACHE) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="187"/>
        <source>Another Device Restore is changing the release cache.</source>
        <translation>Otro Device Restore está modificando la caché de versiones.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="188"/>
        <source>Wait until it has finished, then try again.</source>
        <translation>Espere a que termine e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="237"/>
        <source>The release cache&apos;s list %1 is damaged.</source>
        <translation>La lista %1 de la caché de versiones está dañada.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="238"/>
        <source>Remove the downloaded releases (the settings&apos; &quot;Remove downloaded releases&quot;, or delete %1) and fetch them again.</source>
        <translation>Quite las versiones descargadas («Quitar las versiones descargadas» en los ajustes, o borre %1) y vuelva a obtenerlas.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="356"/>
        <source>No release catalog was kept yet, so the releases cannot be listed offline.</source>
        <translation>Aún no se ha guardado ningún catálogo de versiones, así que no se pueden listar las versiones sin conexión.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="357"/>
        <source>Connect to the internet once so that the catalog can be fetched, or give --catalog-url with a folder or mirror that holds it.</source>
        <translation>Conéctese a internet una vez para que se pueda obtener el catálogo, o indique con --catalog-url una carpeta o réplica que lo contenga.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="366"/>
        <source>The kept catalog file %1 changed since it was fetched.</source>
        <translation>El archivo de catálogo guardado %1 ha cambiado desde que se obtuvo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="367"/>
        <source>It was not used. Connect to the internet so that the catalog can be fetched again.</source>
        <translation>No se usó. Conéctese a internet para que el catálogo se pueda obtener de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="433"/>
        <source>%1 is not the file that was verified.</source>
        <translation>%1 no es el archivo que se verificó.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="434"/>
        <source>Nothing was kept. Fetch the release again.</source>
        <translation>No se conservó nada. Vuelva a obtener la versión.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="554"/>
        <source>The cached file %1 changed since it was verified.</source>
        <translation>El archivo en caché %1 ha cambiado desde que se verificó.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="555"/>
        <source>The cached file %1 is gone.</source>
        <translation>El archivo en caché %1 ya no está.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="556"/>
        <source>Device OS %1 for the %2 was removed from the cache and not used. Fetch it again.</source>
        <translation>Device OS %1 para el %2 se quitó de la caché y no se usó. Vuelva a obtenerlo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="574"/>
        <location filename="../core/catalog/releasecache.cpp" line="593"/>
        <source>Device OS %1 for platform %2 is not in the release cache.</source>
        <translation>Device OS %1 para la plataforma %2 no está en la caché de versiones.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="577"/>
        <source>Fetch it first, or import a restore kit that holds it.</source>
        <translation>Obténgalo primero, o importe un kit de restauración que lo contenga.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="596"/>
        <source>Fetch it first (it needs the internet), or import a restore kit that holds it.</source>
        <translation>Obténgalo primero (necesita internet), o importe un kit de restauración que lo contenga.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCatalog</name>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="30"/>
        <source>Fetch the catalog again; if it stays broken, point --catalog-url at a good copy (a mirror or a folder).</source>
        <translation>Vuelva a obtener el catálogo; si sigue dañado, apunte --catalog-url a una copia buena (una réplica o una carpeta).</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="82"/>
        <source>The catalog file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de catálogo %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="83"/>
        <source>Check that the folder holds deviceRestore.json, deviceOsVersions.json and versionInfo.json.</source>
        <translation>Compruebe que la carpeta contiene deviceRestore.json, deviceOsVersions.json y versionInfo.json.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="370"/>
        <source>The release catalog has no files for platform %1.</source>
        <translation>El catálogo de versiones no tiene archivos para la plataforma %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="371"/>
        <source>Choose one of the platforms `device-restore catalog` lists.</source>
        <translation>Elija una de las plataformas que lista `device-restore catalog`.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="375"/>
        <source>Device OS %1 is not in the release catalog.</source>
        <translation>Device OS %1 no está en el catálogo de versiones.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="376"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists, or fetch the catalog again.</source>
        <translation>Elija una versión que liste `device-restore catalog --platform %1 --all`, o vuelva a obtener el catálogo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="400"/>
        <source>Device OS %1 was not published for the %2.</source>
        <translation>Device OS %1 no se publicó para el %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="401"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists.</source>
        <translation>Elija una versión que liste `device-restore catalog --platform %1 --all`.</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseVerifier</name>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="28"/>
        <source>Nothing was kept. Fetch the release again; if it fails again, the published file is damaged: choose another release, or use a mirror or a restore kit.</source>
        <translation>No se conservó nada. Vuelva a obtener la versión; si vuelve a fallar, el archivo publicado está dañado: elija otra versión, o use una réplica o un kit de restauración.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="55"/>
        <source>%1 is not a file of Device OS %2 for the %3.</source>
        <translation>%1 no es un archivo de Device OS %2 para el %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="57"/>
        <source>Nothing was kept. Give only the files the catalog names for the release.</source>
        <translation>No se conservó nada. Indique solo los archivos que el catálogo nombra para la versión.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="79"/>
        <source>Device OS %1 for the %2 lacks %3.</source>
        <translation>A Device OS %1 para el %2 le falta %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="81"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="217"/>
        <source>Nothing was kept. Fetch the whole release again.</source>
        <translation>No se conservó nada. Vuelva a obtener la versión completa.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="215"/>
        <source>Device OS %1 for the %2 lacks its zip or its module-info file.</source>
        <translation>A Device OS %1 para el %2 le falta su zip o su archivo de información de módulos.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="237"/>
        <source>%1 failed a module check (%2): %3</source>
        <translation>%1 no superó una comprobación de módulo (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="244"/>
        <source>%1 holds a module for %2, not for the %3.</source>
        <translation>%1 contiene un módulo para el %2, no para el %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="258"/>
        <source>%1: the module version of Device OS %2 is not known, so its system parts cannot be checked.</source>
        <translation>%1: no se conoce la versión de módulo de Device OS %2, así que no se pueden comprobar sus módulos del sistema.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="261"/>
        <source>Nothing was kept. Fetch the catalog again (its versionInfo.json lists the module versions), then the release.</source>
        <translation>No se conservó nada. Vuelva a obtener el catálogo (su versionInfo.json lista las versiones de los módulos) y después la versión.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="271"/>
        <source>%1 holds a %2 of another release: version %3, Device OS %4 ships %5.</source>
        <translation>%1 contiene un %2 de otra versión: versión %3, Device OS %4 incluye la %5.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="126"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="179"/>
        <source>%1 is not a firmware module: %2</source>
        <translation>%1 no es un módulo de firmware: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="296"/>
        <source>%1: the module-info file %2 does not describe its %3.</source>
        <translation>%1: el archivo de información de módulos %2 no describe su %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="301"/>
        <source>%1: two modules of the zip claim the part %2.</source>
        <translation>%1: dos módulos del zip reclaman la parte %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="313"/>
        <source>%1 describes the part %2, which %3 does not hold.</source>
        <translation>%1 describe la parte %2, que %3 no contiene.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="318"/>
        <source>%1 holds no system part.</source>
        <translation>%1 no contiene ningún módulo del sistema.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="174"/>
        <source>%1 is larger than any firmware module.</source>
        <translation>%1 es más grande que cualquier módulo de firmware.</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="351"/>
        <source>The files of Device OS %1 for the %2 hold no system part.</source>
        <translation>Los archivos de Device OS %1 para el %2 no contienen ningún módulo del sistema.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreEngine</name>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="94"/>
        <source>The restore was cancelled.</source>
        <translation>Se canceló la restauración.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="95"/>
        <source>Run the same restore again to finish it.</source>
        <translation>Vuelva a ejecutar la misma restauración para terminarla.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader</source>
        <translation>bootloader</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader part %1</source>
        <translation>parte %1 del bootloader</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="107"/>
        <source>system part %1</source>
        <translation>parte del sistema %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="109"/>
        <source>user firmware</source>
        <translation>firmware de usuario</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="111"/>
        <source>radio stack</source>
        <translation>pila de radio</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="130"/>
        <source>its %1 (version %2) needs the %3 at version %4 or newer, and the device has %5.</source>
        <translation>su %1 (versión %2) necesita %3 en la versión %4 o posterior, y el dispositivo tiene %5.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>version %1</source>
        <translation>la versión %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="137"/>
        <source>its %1 (version %2) fails its dependency check.</source>
        <translation>su %1 (versión %2) no supera la comprobación de dependencias.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="197"/>
        <source>The device&apos;s serial port did not appear within %1 s.</source>
        <translation>El puerto serie del dispositivo no apareció en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="199"/>
        <source>Check the cable (a data cable, not a charge-only one). A device blinking yellow is in DFU mode and has no serial port: press RESET, then run the restore again.</source>
        <translation>Compruebe el cable (debe ser de datos, no solo de carga). Un dispositivo que parpadea en amarillo está en modo DFU y no tiene puerto serie: pulse RESET y vuelva a ejecutar la restauración.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="229"/>
        <source>The serial port %1 belongs to another device (%2), not %3.</source>
        <translation>El puerto serie %1 pertenece a otro dispositivo (%2), no a %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="230"/>
        <source>Nothing was sent to it. Unplug the other devices, or name the port of this one, and run the restore again.</source>
        <translation>No se le envió nada. Desconecte los demás dispositivos, o indique el puerto de este, y vuelva a ejecutar la restauración.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="286"/>
        <source>The device has no serial port now.</source>
        <translation>El dispositivo no tiene puerto serie en este momento.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="483"/>
        <source>The device did not come back in DFU mode within %1 s.</source>
        <translation>El dispositivo no volvió en modo DFU en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="484"/>
        <source>The device did not come back in normal mode within %1 s.</source>
        <translation>El dispositivo no volvió en modo normal en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="487"/>
        <source>If its LED does not blink yellow, hold MODE, tap RESET and keep holding MODE until it blinks yellow, then run the restore again.</source>
        <translation>Si su LED no parpadea en amarillo, mantenga pulsado MODE, pulse RESET y siga pulsando MODE hasta que parpadee en amarillo; después vuelva a ejecutar la restauración.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="489"/>
        <source>Check the cable, then run the restore again; it continues from here.</source>
        <translation>Compruebe el cable y vuelva a ejecutar la restauración; continuará desde este punto.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="500"/>
        <source>The device stayed in DFU mode: %1</source>
        <translation>El dispositivo se quedó en modo DFU: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="502"/>
        <source>The device stays in DFU mode (blinking yellow) instead of starting Device OS: %1</source>
        <translation>El dispositivo se queda en modo DFU (parpadeo amarillo) en lugar de iniciar Device OS: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="504"/>
        <source>Run the restore again with DFU allowed: it writes the system part again over DFU.</source>
        <translation>Vuelva a ejecutar la restauración con DFU permitido: escribe de nuevo la parte del sistema por DFU.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="513"/>
        <source>its bootloader does not accept the system part.</source>
        <translation>su bootloader no acepta la parte del sistema.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="528"/>
        <source>there is no valid %1 in its flash (an interrupted or incomplete write).</source>
        <translation>no hay un %1 válido en su flash (una escritura interrumpida o incompleta).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="530"/>
        <source>the %1 in its flash is for another platform (%2).</source>
        <translation>el %1 de su flash es para otra plataforma (%2).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="532"/>
        <source>the %1 in its flash (version %2) fails its CRC check (an interrupted write).</source>
        <translation>el %1 de su flash (versión %2) no supera la comprobación CRC (una escritura interrumpida).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="535"/>
        <source>its bootloader does not start the %1 (version %2), which looks intact; the bootloader may be too old for it.</source>
        <translation>su bootloader no inicia el %1 (versión %2), que parece intacto; puede que el bootloader sea demasiado antiguo para él.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="545"/>
        <source>Putting the device into DFU mode (it will blink yellow)</source>
        <translation>Poniendo el dispositivo en modo DFU (parpadeará en amarillo)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="559"/>
        <source>Asked the device to enter DFU mode</source>
        <translation>Se pidió al dispositivo que entrara en modo DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="572"/>
        <source>The DFU request failed (%1); opening %2 at 14400 baud</source>
        <translation>La solicitud DFU falló (%1); abriendo %2 a 14400 baudios</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="581"/>
        <source>The device did not enter DFU mode by itself (%1); asking for the buttons</source>
        <translation>El dispositivo no entró en modo DFU por sí solo (%1); se pide usar los botones</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="582"/>
        <source>Put the device into DFU mode with its buttons</source>
        <translation>Ponga el dispositivo en modo DFU con sus botones</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="586"/>
        <source>The device did not switch to DFU mode by itself.</source>
        <translation>El dispositivo no cambió a modo DFU por sí solo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="589"/>
        <source>Waiting for the device in DFU mode</source>
        <translation>Esperando al dispositivo en modo DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="612"/>
        <source>Could not read the device&apos;s protection state: %1</source>
        <translation>No se pudo leer el estado de protección del dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="625"/>
        <source>Starting Device OS</source>
        <translation>Iniciando Device OS</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="638"/>
        <source>Left DFU mode; waiting for Device OS to start</source>
        <translation>Salió del modo DFU; esperando a que se inicie Device OS</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="686"/>
        <location filename="../core/restore/restoreengine.cpp" line="847"/>
        <source>The device is applying the %1 and restarting</source>
        <translation>El dispositivo está aplicando el %1 y reiniciándose</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="719"/>
        <source>Putting the device into listening mode (it will blink dark blue)</source>
        <translation>Poniendo el dispositivo en modo de escucha (parpadeará en azul oscuro)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="724"/>
        <source>Opening %1 at 28800 baud to start listening mode</source>
        <translation>Abriendo %1 a 28800 baudios para iniciar el modo de escucha</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="726"/>
        <source>The 28800-baud request failed: %1</source>
        <translation>La solicitud a 28800 baudios falló: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="728"/>
        <source>No answer yet: sending the 28800-baud request again</source>
        <translation>Aún no hay respuesta: se vuelve a enviar la solicitud de 28800 baudios</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="740"/>
        <source>The device did not enter listening mode by itself; asking for the MODE button</source>
        <translation>El dispositivo no entró en modo de escucha por sí solo; se pide usar el botón MODE</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="741"/>
        <source>Put the device into listening mode with its MODE button</source>
        <translation>Ponga el dispositivo en modo de escucha con su botón MODE</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="745"/>
        <source>The device did not switch to listening mode by itself.</source>
        <translation>El dispositivo no cambió a modo de escucha por sí solo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="749"/>
        <source>Waiting for the device in listening mode</source>
        <translation>Esperando al dispositivo en modo de escucha</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="756"/>
        <source>The device did not answer in listening mode within %1 s.</source>
        <translation>El dispositivo no respondió en modo de escucha en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="758"/>
        <source>Hold MODE until the LED blinks dark blue, then run the restore again; it continues from here.</source>
        <translation>Mantenga pulsado MODE hasta que el LED parpadee en azul oscuro y vuelva a ejecutar la restauración; continuará desde este punto.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="777"/>
        <source>Sending the %1 again (attempt %2 of %3)</source>
        <translation>Enviando de nuevo %1 (intento %2 de %3)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="789"/>
        <source>After its restart the device does not hold the %1 it was sent: %2</source>
        <translation>Tras reiniciarse, el dispositivo no tiene el %1 que se le envió: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="792"/>
        <source>The device did not take the %1 version %2 after %3 transfers: %4.</source>
        <translation>El dispositivo no aceptó %1 versión %2 tras %3 transferencias: %4.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="797"/>
        <source>The file is intact on this computer, so the bytes were damaged on the way or the device refused them. Use a short data cable straight into the computer (no hub) and run the restore again; it continues from here. If it fails the same way, restore over DFU.</source>
        <translation>El archivo está intacto en este ordenador, así que los bytes se dañaron por el camino o el dispositivo los rechazó. Use un cable de datos corto conectado directamente al ordenador (sin hub) y vuelva a ejecutar la restauración; continúa desde aquí. Si falla de la misma forma, restaure por DFU.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="815"/>
        <source>Sending %1 over %2 (YModem)</source>
        <translation>Enviando %1 por %2 (YModem)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="824"/>
        <source>YModem: %1 writes in %2 ms, of which %3 ms waiting for the device&apos;s answers</source>
        <translation>YModem: %1 escrituras en %2 ms, de los cuales %3 ms en espera de las respuestas del dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="840"/>
        <source>The device rejected the %1 (%2); it restarts</source>
        <translation>El dispositivo rechazó %1 (%2); se reinicia</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="843"/>
        <source>The device says it took the %1: %2</source>
        <translation>El dispositivo dice que aceptó %1: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="880"/>
        <source>The device&apos;s module list has no place for the %1 yet; it is checked after the next parts</source>
        <translation>La lista de módulos del dispositivo aún no tiene lugar para %1; se comprueba tras las siguientes partes</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="889"/>
        <source>it has no %1 (it lists %2)</source>
        <translation>no tiene %1 (lista %2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="892"/>
        <source>its %1 is still version %2</source>
        <translation>su %1 sigue en la versión %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="895"/>
        <source>its %1 fails the %2 check</source>
        <translation>su %1 no supera la comprobación %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="906"/>
        <source>Reading the device&apos;s modules over %1</source>
        <translation>Leyendo los módulos del dispositivo por %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="913"/>
        <source>Leaving listening mode failed: %1</source>
        <translation>No se pudo salir del modo de escucha: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device connect</source>
        <translation>Deje que el dispositivo se conecte</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device start</source>
        <translation>Deje que el dispositivo se inicie</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="941"/>
        <source>Device OS %1 is now on the device. Keep it powered with its antenna attached until its LED breathes cyan (slow fading light blue): that means it has connected to the cellular network. This can take several minutes. Then confirm to go on.</source>
        <translation>Device OS %1 ya está en el dispositivo. Manténgalo alimentado y con la antena conectada hasta que su LED pulse lentamente en cian (azul claro que se atenúa despacio): eso significa que se ha conectado a la red móvil. Puede tardar varios minutos. Después confirme para continuar.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="945"/>
        <source>Device OS %1 is now on the device. Wait until it has started, then confirm.</source>
        <translation>Device OS %1 ya está en el dispositivo. Espere a que se haya iniciado y luego confirme.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="954"/>
        <source>Reading the device&apos;s modules</source>
        <translation>Leyendo los módulos del dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="975"/>
        <source>Control requests failed (%1); reading the modules in listening mode</source>
        <translation>Las solicitudes de control fallaron (%1); leyendo los módulos en modo de escucha</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="988"/>
        <source>The transfer of the %1 was stopped between two YModem blocks; the device dropped it and keeps its modules as they were. It is in listening mode (blinking dark blue): press RESET to leave it.</source>
        <translation>La transferencia del %1 se detuvo entre dos bloques YModem; el dispositivo la descartó y conserva sus módulos como estaban. Está en modo de escucha (azul oscuro parpadeante): pulse RESET para salir.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="993"/>
        <source>The device is not on the bus (unplugged, or still restarting).</source>
        <translation>El dispositivo no está en el bus (desconectado o aún reiniciándose).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="995"/>
        <source>The device is in DFU mode (blinking yellow).</source>
        <translation>El dispositivo está en modo DFU (amarillo parpadeante).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="997"/>
        <source>The device is running Device OS in listening mode (blinking dark blue).</source>
        <translation>El dispositivo ejecuta Device OS en modo de escucha (azul oscuro parpadeante).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="999"/>
        <source>The device is running Device OS.</source>
        <translation>El dispositivo ejecuta Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1000"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1001"/>
        <source>Written: %1.</source>
        <translation>Módulos escritos: %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1003"/>
        <source>Running the same restore again continues from here.</source>
        <translation>Si vuelve a ejecutar la misma restauración, continuará desde este punto.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1035"/>
        <source>The device runs Device OS %1 and every module passes its checks.</source>
        <translation>El dispositivo ejecuta Device OS %1 y todos los módulos superan sus comprobaciones.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1039"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1040"/>
        <source>Restore finished in %1 s</source>
        <translation>Restauración terminada en %1 s</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1041"/>
        <source>Restore stopped: %1 %2</source>
        <translation>Restauración detenida: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1051"/>
        <source>The plan is refused: %1</source>
        <translation>El plan se rechaza: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1052"/>
        <source>Nothing was written. Change the choices that the plan refuses.</source>
        <translation>No se escribió nada. Cambie las opciones que el plan rechaza.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1058"/>
        <source>The plan sends the %1 over YModem, which Device OS %2 no longer takes.</source>
        <translation>El plan envía el %1 por YModem, que Device OS %2 ya no admite.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1060"/>
        <source>Nothing was written. Plan again with DFU allowed, or over USB control requests.</source>
        <translation>No se escribió nada. Vuelva a planificar permitiendo DFU o mediante solicitudes de control USB.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1065"/>
        <source>The plan sends the %1 over the serial port (YModem), but there is no way to find the device&apos;s serial port here.</source>
        <translation>El plan envía el %1 por el puerto serie (YModem), pero aquí no hay forma de encontrar el puerto serie del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1068"/>
        <source>Nothing was written. Plan again with DFU allowed.</source>
        <translation>No se escribió nada. Vuelva a planificar permitiendo DFU.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1071"/>
        <source>Step %1 has no binary.</source>
        <translation>El paso del %1 no tiene binario.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1086"/>
        <source>Looking for device %1</source>
        <translation>Buscando el dispositivo %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in DFU mode at %2</source>
        <translation>Se encontró %1 en modo DFU en %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in normal mode at %2</source>
        <translation>Se encontró %1 en modo normal en %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1122"/>
        <source>Writing %1 (%2)</source>
        <translation>Escribiendo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1123"/>
        <source>Clearing the former %1 slot</source>
        <translation>Borrando la antigua ranura del %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1137"/>
        <source>%1 cleared</source>
        <translation>%1 borrado</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1157"/>
        <source>Writing the plan&apos;s DFU steps first, then the %1 once Device OS starts</source>
        <translation>Primero se escriben los pasos DFU del plan; después %1, cuando Device OS arranque</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1171"/>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2 en %3 ms</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1183"/>
        <source>The device runs in safe mode: %1</source>
        <translation>El dispositivo funciona en modo seguro: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1187"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1189"/>
        <source>%1 is at version %2, not %3</source>
        <translation>%1 está en la versión %2, no en la %3</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1191"/>
        <source>%1 fails its checks</source>
        <translation>%1 no supera sus comprobaciones</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1197"/>
        <source>The device runs Device OS in safe mode (breathing magenta): %1 Its application does not run.</source>
        <translation>El dispositivo ejecuta Device OS en modo seguro (magenta intermitente suave): %1 Su aplicación no se ejecuta.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1200"/>
        <source>Run the same restore again with DFU allowed; if the bundle lacks that module, add it from the same Device OS release.</source>
        <translation>Vuelva a ejecutar la misma restauración con DFU permitido; si al paquete le falta ese módulo, añádalo de la misma versión de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1207"/>
        <source>After the restore the device does not hold what was planned: %1.</source>
        <translation>Tras la restauración, el dispositivo no contiene lo planificado: %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1209"/>
        <source>Run the same restore again; if it fails the same way, save the report and contact support.</source>
        <translation>Vuelva a ejecutar la misma restauración; si falla de la misma forma, guarde el informe y contacte con el soporte técnico.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1229"/>
        <source>The plan names no platform.</source>
        <translation>El plan no indica ninguna plataforma.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1241"/>
        <source>Reading the device&apos;s modules over DFU</source>
        <translation>Leyendo los módulos del dispositivo por DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1250"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1258"/>
        <source>Read %1 KB of modules over DFU in %2 ms</source>
        <translation>Leídos %1 KB de módulos por DFU en %2 ms</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1275"/>
        <source>The device&apos;s platform is not known.</source>
        <translation>Se desconoce la plataforma del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1314"/>
        <source>The device takes no USB control requests and did not enter listening mode.</source>
        <translation>El dispositivo no acepta solicitudes de control USB y no entró en modo de escucha.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1315"/>
        <source>Hold MODE until the LED blinks dark blue, then try again.</source>
        <translation>Mantenga pulsado MODE hasta que el LED parpadee en azul oscuro e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreKit</name>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="31"/>
        <source>Nothing from it was kept. Export the kit again on the computer that made it, and copy it again.</source>
        <translation>No se conservó nada de él. Vuelva a exportar el kit en el ordenador que lo creó y cópielo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="76"/>
        <source>%1 is not a Device Restore restore kit.</source>
        <translation>%1 no es un kit de restauración de Device Restore.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="77"/>
        <location filename="../core/catalog/restorekit.cpp" line="245"/>
        <source>Choose a file made with `device-restore kit export`.</source>
        <translation>Elija un archivo creado con `device-restore kit export`.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="85"/>
        <source>%1 is a restore kit of format version %2, made by a newer Device Restore; this one reads format version %3.</source>
        <translation>%1 es un kit de restauración con versión de formato %2, creado por un Device Restore más reciente; este lee la versión de formato %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="90"/>
        <source>Nothing was imported. Update Device Restore on this computer, or export the kit again with the version installed here.</source>
        <translation>No se importó nada. Actualice Device Restore en este ordenador, o vuelva a exportar el kit con la versión instalada aquí.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="205"/>
        <source>Device OS %1 for the %2 is not in the release cache.</source>
        <translation>Device OS %1 para el %2 no está en la caché de versiones.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="207"/>
        <source>Add it to the cache first (fetch it, or import a kit that holds it), then export the kit.</source>
        <translation>Añádalo primero a la caché (obténgalo, o importe un kit que lo contenga) y después exporte el kit.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="244"/>
        <source>%1 is not a restore kit: it holds no manifest.json.</source>
        <translation>%1 no es un kit de restauración: no contiene manifest.json.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="265"/>
        <source>%1 lists %2 twice.</source>
        <translation>%1 lista %2 dos veces.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="269"/>
        <source>%1 lacks %2, which its manifest lists.</source>
        <translation>A %1 le falta %2, que su manifiesto lista.</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="280"/>
        <source>%1: %2 cannot be read (%3).</source>
        <translation>%1: no se puede leer %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="284"/>
        <source>%1: %2 is not the file that was exported (its SHA-256 or size differs).</source>
        <translation>%1: %2 no es el archivo que se exportó (su SHA-256 o su tamaño difieren).</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="274"/>
        <source>%1 holds %2, which its manifest does not list.</source>
        <translation>%1 contiene %2, que su manifiesto no lista.</translation>
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
        <translation>solicitud de control</translation>
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
        <translation>bootloader</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="144"/>
        <source>bootloader part %1</source>
        <translation>bootloader (parte %1)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="146"/>
        <source>system part %1</source>
        <translation>módulo del sistema %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="148"/>
        <location filename="../core/restore/restoreplanner.cpp" line="1013"/>
        <source>user firmware</source>
        <translation>firmware de usuario</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="150"/>
        <source>radio stack (SoftDevice)</source>
        <translation>stack de radio (SoftDevice)</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="152"/>
        <source>network co-processor firmware</source>
        <translation>firmware del coprocesador de red</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="283"/>
        <source>%1 devices cannot be restored with this tool: %2</source>
        <translation>Los dispositivos %1 no se pueden restaurar con esta herramienta: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="289"/>
        <source>Device OS %1 does not support the %2; the last release for it is %3.</source>
        <translation>Device OS %1 no es compatible con el %2; su última versión compatible es la %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="293"/>
        <source>Device OS %1 is a pre-release: use it for testing, not in the field.</source>
        <translation>Device OS %1 es una versión preliminar: úsela para pruebas, no en producción.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="325"/>
        <source>The %1 needs Device OS %2 or newer; %3 is older.</source>
        <translation>El %1 requiere Device OS %2 o posterior; %3 es anterior.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="330"/>
        <source>Its hardware does not work with older releases.</source>
        <translation>Su hardware no funciona con versiones anteriores.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="333"/>
        <location filename="../core/restore/restoreplanner.cpp" line="375"/>
        <source>Particle recommends against it.</source>
        <translation>Particle lo desaconseja.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="337"/>
        <source>The %1 shipped from the factory with Device OS %2; %3 is older and may not support all of its hardware.</source>
        <translation>El %1 salió de fábrica con Device OS %2; %3 es anterior y puede no ser compatible con todo su hardware.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="344"/>
        <source>The %1 should stay on the Device OS %2.x long-term-support line; %3 leaves it.</source>
        <translation>El %1 debería permanecer en la línea de soporte a largo plazo (LTS) de Device OS %2.x; %3 sale de ella.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="351"/>
        <source>%1 is not a known %2 model; model-specific rules were not applied.</source>
        <translation>%1 no es un modelo conocido de %2; no se aplicaron las reglas específicas del modelo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="369"/>
        <source>Every %1 model needs Device OS %2 or newer; %3 is older.</source>
        <translation>Todos los modelos de %1 requieren Device OS %2 o posterior; %3 es anterior.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="308"/>
        <source>This device has Device Protection on, which needs Device OS 6.1.1 or newer; %1 is older.</source>
        <translation>Este dispositivo tiene activada Device Protection, que requiere Device OS 6.1.1 o posterior; %1 es anterior.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="302"/>
        <source>This device has Device Protection on: it refuses firmware written over USB, in DFU mode and in normal mode. Turn Device Protection off for it in the Particle console (or put it in service mode), then plan again.</source>
        <translation>Este dispositivo tiene Device Protection activada: rechaza el firmware escrito por USB, tanto en modo DFU como en modo normal. Desactive Device Protection en la consola de Particle (o póngalo en modo de servicio) y vuelva a planificar.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="313"/>
        <source>This is a downgrade from Device OS %1 to %2.</source>
        <translation>Es un cambio a una versión anterior: de Device OS %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="421"/>
        <source>The %1 cannot be sent: the device&apos;s Device OS takes neither control requests nor YModem.</source>
        <translation>El %1 no se puede enviar: el Device OS del dispositivo no admite ni solicitudes de control ni YModem.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="540"/>
        <source>The way to Device OS %1 goes through Device OS %2, and the bundle lacks its system parts: %3. Add them to the bundle and plan again.</source>
        <translation>El camino hasta Device OS %1 pasa por Device OS %2, y al paquete le faltan sus módulos del sistema: %3. Añádalos al paquete y vuelva a planificar.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="570"/>
        <source>The bundle has no Tinker for the %1 that runs on Device OS %2.</source>
        <translation>El paquete no contiene ningún Tinker para el %1 que funcione con Device OS %2.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="582"/>
        <source>%1 is a %2, not user firmware.</source>
        <translation>%1 es un %2, no firmware de usuario.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="590"/>
        <source>%1 is built for the %2, not the %3.</source>
        <translation>%1 está compilado para el %2, no para el %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="592"/>
        <source>platform %1</source>
        <translation>plataforma %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="599"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="605"/>
        <source>%1 is a 256 KB application, which needs Device OS 3.1.0 or newer; %2 is older.</source>
        <translation>%1 es una aplicación de 256 KB, que requiere Device OS 3.1.0 o posterior; %2 es anterior.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="613"/>
        <source>%1 was built for a newer Device OS than %2 and would only run in safe mode.</source>
        <translation>%1 se compiló para un Device OS más reciente que %2 y solo funcionaría en modo seguro.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="617"/>
        <source>the firmware you chose</source>
        <translation>el firmware elegido</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="623"/>
        <source>The device has no valid user firmware to keep.</source>
        <translation>El dispositivo no tiene ningún firmware de usuario válido que conservar.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="629"/>
        <source>The device&apos;s user firmware needs a newer Device OS than %1 and would only run in safe mode. Choose Tinker or a firmware file built for %1.</source>
        <translation>El firmware de usuario del dispositivo requiere un Device OS más reciente que %1 y solo funcionaría en modo seguro. Elija Tinker o un archivo de firmware compilado para %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="636"/>
        <location filename="../core/restore/restoreplanner.cpp" line="642"/>
        <source>The device keeps its user firmware, which runs on Device OS %1.</source>
        <translation>El dispositivo conserva su firmware de usuario, que funciona con Device OS %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="648"/>
        <source>the device&apos;s firmware is unknown; Tinker is a known good application</source>
        <translation>se desconoce el firmware del dispositivo; Tinker es una aplicación de funcionamiento probado</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="650"/>
        <source>the device has no valid user firmware</source>
        <translation>el dispositivo no tiene ningún firmware de usuario válido</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="652"/>
        <source>the current user firmware needs a newer Device OS; replaced first so that safe mode cannot update the device back</source>
        <translation>el firmware de usuario actual requiere un Device OS más reciente; se sustituye primero para que el modo seguro no pueda volver a actualizar el dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="654"/>
        <source>the current user firmware does not run on Device OS %1</source>
        <translation>el firmware de usuario actual no funciona con Device OS %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="658"/>
        <source>Tinker was chosen</source>
        <translation>se eligió Tinker</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="692"/>
        <source>%1 in the bundle cannot be used: %2</source>
        <translation>%1 del paquete no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="693"/>
        <source>it failed its checks</source>
        <translation>no superó sus comprobaciones</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="723"/>
        <source>The bundle has no %1 of Device OS %2 for the %3.</source>
        <translation>El paquete no contiene el %1 de Device OS %2 para el %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="736"/>
        <source>The bundle has no %1 of Device OS %2, and the device&apos;s %1 is too old for it (version %3 or newer is needed).</source>
        <translation>El paquete no contiene el %1 de Device OS %2, y el %1 del dispositivo es demasiado antiguo para esa versión (se necesita la versión %3 o posterior).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="745"/>
        <source>The bundle has no %1 of Device OS %2; the device keeps its own, which the release accepts.</source>
        <translation>El paquete no contiene el %1 de Device OS %2; el dispositivo conserva el suyo, que esa versión acepta.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="749"/>
        <source>The bundle has no %1 of Device OS %2; the device&apos;s own is left as it is.</source>
        <translation>El paquete no contiene el %1 de Device OS %2; el del dispositivo se deja como está.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="757"/>
        <source>The bundle has no Device OS %1 for the %2.</source>
        <translation>El paquete no contiene Device OS %1 para el %2.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="793"/>
        <source>The %1 is already at version %2 and passes its checks; it is not written again.</source>
        <translation>El %1 ya está en la versión %2 y supera sus comprobaciones; no se vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="800"/>
        <source>The network co-processor firmware is newer (%1) than the bundle&apos;s (%2) and is never downgraded.</source>
        <translation>El firmware del coprocesador de red es más reciente (%1) que el del paquete (%2) y nunca se cambia a una versión anterior.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="816"/>
        <source>The device&apos;s modules could not be read, so every part is written: %1</source>
        <translation>No se pudieron leer los módulos del dispositivo, así que se escriben todas las partes: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="823"/>
        <source>The device&apos;s modules were read back over DFU: what is at the target version and passes its checks is not written again.</source>
        <translation>Los módulos del dispositivo se leyeron por DFU: lo que ya está en la versión de destino y pasa sus comprobaciones no se vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="827"/>
        <source>The %1 could not be read over DFU: %2</source>
        <translation>No se pudo leer %1 por DFU: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="843"/>
        <source>the device&apos;s modules are unknown</source>
        <translation>se desconocen los módulos del dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="844"/>
        <source>could not be read over DFU</source>
        <translation>no se pudo leer por DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="845"/>
        <source>missing on the device</source>
        <translation>falta en el dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="846"/>
        <source>fails its checks on the device</source>
        <translation>no supera sus comprobaciones en el dispositivo</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="847"/>
        <source>version %1 → %2</source>
        <translation>versión %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="883"/>
        <source>The device&apos;s Device OS is unknown or not running, so the bootloader is sent after the system parts; the device may start in safe mode (breathing magenta) until then.</source>
        <translation>Se desconoce el Device OS del dispositivo o no está en ejecución, así que el bootloader se envía después de los módulos del sistema; hasta entonces, el dispositivo puede iniciarse en modo seguro (magenta pulsando lentamente).</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1002"/>
        <source>The device already runs this user firmware (same SHA-256); it is not written again.</source>
        <translation>El dispositivo ya ejecuta este firmware de usuario (mismo SHA-256); no se vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="980"/>
        <source>a 128 KB application there would run instead of the new 256 KB one</source>
        <translation>una aplicación de 128 KB en esa zona se ejecutaría en lugar de la nueva de 256 KB</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="503"/>
        <source>The %1 of Device OS %2 cannot be sent before the %3: the device&apos;s %3 needs the %1 at version %4 or newer, so the device would refuse it (error -1340). Allow DFU, or send the %3 first.</source>
        <translation>%1 de Device OS %2 no se puede enviar antes de %3: %3 del dispositivo necesita %1 en la versión %4 o posterior, así que el dispositivo lo rechazaría (error -1340). Permita DFU o envíe primero %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="511"/>
        <source>The %1 of Device OS %2 needs the %3 at version %4 or newer on the device before it arrives, and this plan cannot put it there first: the device would refuse it (error -1340) or fail to start. Allow DFU, or restore through an intermediate Device OS release.</source>
        <translation>%1 de Device OS %2 necesita %3 en la versión %4 o posterior en el dispositivo antes de llegar, y este plan no puede ponerlo allí antes: el dispositivo lo rechazaría (error -1340) o no arrancaría. Permita DFU o restaure pasando por una versión intermedia de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1098"/>
        <source>No Device OS binaries were given.</source>
        <translation>No se indicaron binarios de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1103"/>
        <source>User firmware from a file was chosen, but no file was given.</source>
        <translation>Se eligió firmware de usuario desde un archivo, pero no se indicó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1116"/>
        <source>The model is not known, so the downgrade goes through Device OS 1.5.2 as the BRN402 and B402 require. Give the model (for example BRN404) to go straight to %1.</source>
        <translation>Se desconoce el modelo, así que el cambio a una versión anterior pasa por Device OS 1.5.2, como requieren el BRN402 y el B402. Indique el modelo (por ejemplo, BRN404) para ir directamente a %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1122"/>
        <source>The %1 goes from Device OS %2 to %3 in two stages: first 1.5.2, then, after it has connected to the cellular network once, %3.</source>
        <translation>El %1 pasa de Device OS %2 a %3 en dos fases: primero a 1.5.2 y, cuando se haya conectado una vez a la red móvil, a %3.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1143"/>
        <source>let Device OS 1.5.2 start and connect to the cellular network (breathing cyan), then confirm</source>
        <translation>deje que Device OS 1.5.2 se inicie y se conecte a la red móvil (cian pulsando lentamente) y luego confirme</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1146"/>
        <source>let Device OS %1 start before the next release</source>
        <translation>deje que Device OS %1 se inicie antes de la siguiente versión</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1171"/>
        <source>The device already has Device OS %1 and every module passes its checks: nothing will be written.</source>
        <translation>El dispositivo ya tiene Device OS %1 y todos los módulos superan sus comprobaciones: no se escribirá nada.</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1200"/>
        <source>No platform was given.</source>
        <translation>No se indicó ninguna plataforma.</translation>
    </message>
</context>
<context>
    <name>dr::RestoreReport</name>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="72"/>
        <source>Device Restore %1 report, %2</source>
        <translation>Informe de Device Restore %1, %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="75"/>
        <source>Host: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="77"/>
        <source>Device: %1 (%2), simulated</source>
        <translation>Dispositivo: %1 (%2), simulado</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="78"/>
        <source>Device: %1 (%2)</source>
        <translation>Dispositivo: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="81"/>
        <source>Device OS: %1 -&gt; %2</source>
        <translation>Device OS: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="82"/>
        <source>Device OS: unknown -&gt; %1</source>
        <translation>Device OS: desconocido -&gt; %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="83"/>
        <source>Outcome: restored</source>
        <translation>Resultado: restaurado</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="84"/>
        <source>Outcome: cancelled</source>
        <translation>Resultado: cancelado</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="85"/>
        <source>Outcome: failed</source>
        <translation>Resultado: fallido</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="87"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="88"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
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
        <translation>Antes:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="106"/>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="110"/>
        <source>Computer check:</source>
        <translation>Comprobación del equipo:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="112"/>
        <source>Computer check: not run.</source>
        <translation>Comprobación del equipo: no realizada.</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="113"/>
        <source>Log:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="129"/>
        <source>The report could not be saved to %1.</source>
        <translation>No se pudo guardar el informe en %1.</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="130"/>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>dr::SafeZip</name>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="22"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 no es un archivo zip legible.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="23"/>
        <source>Nothing was kept. Fetch it again; if it stays so, the file is damaged at its source.</source>
        <translation>No se conservó nada. Vuelva a obtenerlo; si sigue así, el archivo está dañado en su origen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="101"/>
        <source>%1 holds %2 entries, more than the %3 such a file can hold.</source>
        <translation>%1 contiene %2 entradas, más de las %3 que puede tener un archivo así.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="105"/>
        <source>Nothing was kept. This is not a Device OS release file; fetch it again from the catalog&apos;s source.</source>
        <translation>No se conservó nada. No es un archivo de versión de Device OS; vuelva a obtenerlo del origen del catálogo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="117"/>
        <source>%1 holds an entry named &quot;%2&quot; with %3.</source>
        <translation>%1 contiene una entrada llamada &quot;%2&quot; con %3.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="118"/>
        <source>Nothing was kept. Release files never hold such names: do not use this file; fetch the release again from the catalog&apos;s source.</source>
        <translation>No se conservó nada. Los archivos de versión nunca tienen esos nombres: no use este archivo; vuelva a obtener la versión del origen del catálogo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="125"/>
        <source>%1 holds a symbolic link, &quot;%2&quot;.</source>
        <translation>%1 contiene un enlace simbólico, &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="126"/>
        <source>Nothing was kept. Release files never hold links: do not use this file.</source>
        <translation>No se conservó nada. Los archivos de versión nunca contienen enlaces: no use este archivo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="129"/>
        <source>%1 holds an encrypted entry, &quot;%2&quot;.</source>
        <translation>%1 contiene una entrada cifrada, &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="130"/>
        <source>Nothing was kept. Release files are never encrypted.</source>
        <translation>No se conservó nada. Los archivos de versión nunca están cifrados.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="135"/>
        <source>%1: the entry &quot;%2&quot; claims %3 bytes, more than any firmware file.</source>
        <translation>%1: la entrada &quot;%2&quot; declara %3 bytes, más que cualquier archivo de firmware.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="138"/>
        <location filename="../core/catalog/safezip.cpp" line="143"/>
        <source>Nothing was kept and nothing was unpacked. Do not use this file.</source>
        <translation>No se conservó ni se descomprimió nada. No use este archivo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="142"/>
        <source>%1 claims more than %2 bytes when unpacked.</source>
        <translation>%1 declara más de %2 bytes al descomprimirse.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="147"/>
        <source>%1 holds &quot;%2&quot; twice.</source>
        <translation>%1 contiene &quot;%2&quot; dos veces.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="148"/>
        <location filename="../core/catalog/safezip.cpp" line="173"/>
        <source>Nothing was kept. Do not use this file.</source>
        <translation>No se conservó nada. No use este archivo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="172"/>
        <source>%1 is %2 bytes, larger than such a file can be.</source>
        <translation>%1 tiene %2 bytes, más de lo que puede tener un archivo así.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="198"/>
        <source>%1 does not hold %2.</source>
        <translation>%1 no contiene %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="199"/>
        <source>Fetch it again.</source>
        <translation>Vuelva a obtenerlo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="249"/>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="250"/>
        <source>Check that the folder exists, is writable and has free space.</source>
        <translation>Compruebe que la carpeta existe, se puede escribir y tiene espacio libre.</translation>
    </message>
</context>
<context>
    <name>dr::SerialModeSwitch</name>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="86"/>
        <source>Cannot open the serial port %1.</source>
        <translation>No se puede abrir el puerto serie %1.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="87"/>
        <source>Check that the device is connected and not used by another program.</source>
        <translation>Compruebe que el dispositivo está conectado y que ningún otro programa lo está usando.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="93"/>
        <source>The serial port refused the baud rate %1.</source>
        <translation>El puerto serie rechazó la velocidad de %1 baudios.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="94"/>
        <source>Put the device in the mode by hand (see the instructions).</source>
        <translation>Ponga el dispositivo en ese modo manualmente (consulte las instrucciones).</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="103"/>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="104"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="114"/>
        <source>blinking</source>
        <translation>parpadeante</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="105"/>
        <source>Put the device in DFU mode</source>
        <translation>Ponga el dispositivo en modo DFU</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="106"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="124"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1).</source>
        <translation>Mantenga pulsado el botón MODE (SETUP en un Photon o P1).</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="107"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="125"/>
        <source>While holding it, press and release RESET.</source>
        <translation>Sin soltarlo, pulse y suelte RESET.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="108"/>
        <source>Keep holding MODE: the LED blinks magenta, then yellow.</source>
        <translation>Siga pulsando MODE: el LED parpadea en magenta y después en amarillo.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="109"/>
        <source>Release MODE as soon as the LED blinks yellow.</source>
        <translation>Suelte MODE en cuanto el LED parpadee en amarillo.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="110"/>
        <source>The status LED blinks yellow.</source>
        <translation>El LED de estado parpadea en amarillo.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="113"/>
        <source>dark blue</source>
        <translation>azul oscuro</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="115"/>
        <source>Put the device in listening mode</source>
        <translation>Ponga el dispositivo en modo de escucha</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="116"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1) for about three seconds.</source>
        <translation>Mantenga pulsado el botón MODE (SETUP en un Photon o P1) unos tres segundos.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="117"/>
        <source>Release it when the LED blinks dark blue.</source>
        <translation>Suéltelo cuando el LED parpadee en azul oscuro.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="118"/>
        <source>The status LED blinks dark blue.</source>
        <translation>El LED de estado parpadea en azul oscuro.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="121"/>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="122"/>
        <source>breathing</source>
        <translation>pulsando lentamente</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="123"/>
        <source>Put the device in safe mode</source>
        <translation>Ponga el dispositivo en modo seguro</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="126"/>
        <source>Release MODE as soon as the LED blinks magenta.</source>
        <translation>Suelte MODE en cuanto el LED parpadee en magenta.</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="127"/>
        <source>The status LED breathes magenta once it is connected.</source>
        <translation>Una vez conectado, el LED de estado pulsa lentamente en magenta.</translation>
    </message>
</context>
<context>
    <name>dr::Sidecar</name>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="74"/>
        <location filename="../core/catalog/sidecar.cpp" line="144"/>
        <source>Fetch the release again; the module-info file beside its zip is damaged.</source>
        <translation>Vuelva a obtener la versión; el archivo de información de módulos junto a su zip está dañado.</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="143"/>
        <source>%1 describes no module.</source>
        <translation>%1 no describe ningún módulo.</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="307"/>
        <source>%1: the module-info file says something else than the module&apos;s bytes (%2).</source>
        <translation>%1: el archivo de información de módulos dice algo distinto de los bytes del módulo (%2).</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="309"/>
        <source>Nothing was kept. Fetch the release again; if it stays so, the published files are inconsistent: use another release or a mirror.</source>
        <translation>No se conservó nada. Vuelva a obtener la versión; si sigue así, los archivos publicados son incoherentes: use otra versión o una réplica.</translation>
    </message>
</context>
<context>
    <name>dr::StationService</name>
    <message>
        <location filename="../core/station/stationservice.cpp" line="146"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="169"/>
        <source>Waiting for the person: %1</source>
        <translation>Esperando a la persona: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person went on</source>
        <translation>La persona continuó</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person stopped</source>
        <translation>La persona lo detuvo</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="238"/>
        <source>Restore started</source>
        <translation>Restauración iniciada</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="248"/>
        <location filename="../core/station/stationservice.cpp" line="868"/>
        <source>Cancelled before it started.</source>
        <translation>Cancelada antes de empezar.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="257"/>
        <source>Cancelled while reading its modules.</source>
        <translation>Cancelada mientras se leían sus módulos.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="266"/>
        <source>Unplugged while its modules were read.</source>
        <translation>Desconectado mientras se leían sus módulos.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="287"/>
        <source>Choose the application&apos;s .bin file in the recipe.</source>
        <translation>Elija en la receta el archivo .bin de la aplicación.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="296"/>
        <source>The station has no Device OS releases to restore from.</source>
        <translation>La estación no tiene versiones de Device OS con las que restaurar.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="297"/>
        <source>Open binaries or a restore kit, or allow the release catalog.</source>
        <translation>Abra binarios o un kit de restauración, o permita el catálogo de versiones.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="303"/>
        <source>Cancelled while its releases were prepared.</source>
        <translation>Cancelada mientras se preparaban sus versiones.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="321"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="339"/>
        <source>Writing %1 module(s): Device OS %2 to %3</source>
        <translation>Escribiendo %1 módulo(s): Device OS %2 a %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="354"/>
        <source>Unplugged during step %1 of %2.</source>
        <translation>Desconectado durante el paso %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="355"/>
        <source>Unplugged during the restore.</source>
        <translation>Desconectado durante la restauración.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="360"/>
        <source>The restore did not finish.</source>
        <translation>La restauración no terminó.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="375"/>
        <source>Restored to Device OS %1; final inspection passed</source>
        <translation>Restaurado a Device OS %1; la inspección final fue correcta</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="378"/>
        <source>Already at Device OS %1; nothing written</source>
        <translation>Ya tiene Device OS %1; no se escribió nada</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="381"/>
        <location filename="../core/station/stationservice.cpp" line="695"/>
        <source>Not suitable: %1</source>
        <translation>No apto: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="384"/>
        <location filename="../core/station/stationservice.cpp" line="869"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="415"/>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="432"/>
        <source>The summary could not be written: %1</source>
        <translation>No se pudo escribir el resumen: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="605"/>
        <source>Plugged in (USB port %1, %2)</source>
        <translation>Conectado (puerto USB %1, %2)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="626"/>
        <source>Plugged in again (USB port %1)</source>
        <translation>Conectado de nuevo (puerto USB %1)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="643"/>
        <source>Unplugged</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="658"/>
        <source>The %1 cannot be restored: %2</source>
        <translation>El %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="662"/>
        <source>The recipe is for the %1; this is a %2.</source>
        <translation>La receta es para %1; este es un %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="670"/>
        <source>The recipe allows only %1, none of which is a %2 model.</source>
        <translation>La receta solo permite %1, y ninguno es un modelo de %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="679"/>
        <source>the %1 needs %2 or newer</source>
        <translation>el %1 requiere %2 o posterior</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="681"/>
        <source>The recipe&apos;s Device OS %1 is below the model minimum: %2.</source>
        <translation>El Device OS %1 de la receta está por debajo del mínimo del modelo: %2.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="690"/>
        <source>Its platform is not known.</source>
        <translation>Su plataforma no es conocida.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="723"/>
        <source>Queued: %1 devices are restored at once.</source>
        <translation>En cola: se restauran %1 dispositivos a la vez.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="724"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="759"/>
        <source>This %1 shows no device ID over USB and its USB port is not known, so it cannot be told from other devices.</source>
        <translation>Este %1 no muestra un ID de dispositivo por USB y no se conoce su puerto USB, así que no se puede distinguir de otros dispositivos.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="763"/>
        <source>This %1 (USB port %2) and the one on USB port %3 both show the USB serial number %4 instead of a device ID (old Device OS): which serial port is this one&apos;s cannot be told.</source>
        <translation>Este %1 (puerto USB %2) y el del puerto USB %3 muestran ambos el número de serie USB %4 en lugar de un ID de dispositivo (Device OS antiguo): no se puede saber cuál es su puerto serie.</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="774"/>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
</context>
<context>
    <name>dr::UdevRuleFix</name>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="23"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="24"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="30"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="35"/>
        <source>Run the fix as administrator.</source>
        <translation>Ejecute la corrección como administrador.</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="29"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="34"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="55"/>
        <source>The rule is installed, but udev did not reload its rules (udevadm %1).</source>
        <translation>La regla está instalada, pero udev no recargó sus reglas (udevadm %1).</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="57"/>
        <source>Unplug the device and plug it in again; if it still cannot be opened, restart the computer.</source>
        <translation>Desconecte el dispositivo y vuelva a conectarlo; si sigue sin poder abrirse, reinicie el equipo.</translation>
    </message>
</context>
<context>
    <name>dr::UsbDeviceFinder</name>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="29"/>
        <source>A Particle device did not appear on USB within %1 s.</source>
        <translation>No apareció ningún dispositivo Particle en USB en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="30"/>
        <source>The device %1 did not appear on USB within %2 s.</source>
        <translation>El dispositivo %1 no apareció en USB en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="35"/>
        <source>A Particle device did not appear on USB in DFU mode within %1 s.</source>
        <translation>No apareció ningún dispositivo Particle en USB en modo DFU en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="37"/>
        <source>The device %1 did not appear on USB in DFU mode within %2 s.</source>
        <translation>El dispositivo %1 no apareció en USB en modo DFU en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="41"/>
        <source>A Particle device did not appear on USB in normal mode within %1 s.</source>
        <translation>No apareció ningún dispositivo Particle en USB en modo normal en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="43"/>
        <source>The device %1 did not appear on USB in normal mode within %2 s.</source>
        <translation>El dispositivo %1 no apareció en USB en modo normal en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="81"/>
        <source>%1 %2 devices are attached that do not tell their device ID over USB (old Device OS); this one cannot be told from the others.</source>
        <translation>Hay %1 dispositivos %2 conectados que no indican su ID por USB (Device OS antiguo); este no se puede distinguir de los demás.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="85"/>
        <source>Unplug all but the device to work on, then try again. Nothing was written.</source>
        <translation>Desconecte todos los dispositivos excepto el que quiere usar y vuelva a intentarlo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="145"/>
        <source>Waiting for the device</source>
        <translation>La espera del dispositivo</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="153"/>
        <source>Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the LED blinks yellow. Then try again.</source>
        <translation>Póngalo en modo DFU manualmente: mantenga pulsado MODE, pulse RESET y suelte MODE cuando el LED parpadee en amarillo. Después inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="155"/>
        <source>Check the cable; if the LED is dark, press RESET. Then try again.</source>
        <translation>Compruebe el cable; si el LED está apagado, pulse RESET. Después inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="174"/>
        <source>Waiting for the device to reset</source>
        <translation>La espera del reinicio del dispositivo</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="178"/>
        <source>The device did not reset within %1 s.</source>
        <translation>El dispositivo no se reinició en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="179"/>
        <source>Press RESET on the device and try again.</source>
        <translation>Pulse RESET en el dispositivo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>dr::UsbError</name>
    <message>
        <location filename="../core/usb/usberror.cpp" line="57"/>
        <source>Windows did not let this program open the device.</source>
        <translation>Windows no permitió que este programa abriera el dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="58"/>
        <source>The WinUSB driver is not bound to it: unplug and re-plug the device, or bind WinUSB with Zadig, then try again.</source>
        <translation>El controlador WinUSB no está asociado a él: desconecte y vuelva a conectar el dispositivo, o asocie WinUSB con Zadig, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="63"/>
        <source>Linux did not give this program access to the device.</source>
        <translation>Linux no concedió a este programa acceso al dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="64"/>
        <source>The udev rule for Particle devices is missing: save these lines as /etc/udev/rules.d/50-particle.rules, run &apos;sudo udevadm control --reload&apos;, re-plug the device:
</source>
        <translation>Falta la regla udev para dispositivos Particle: guarde estas líneas como /etc/udev/rules.d/50-particle.rules, ejecute &apos;sudo udevadm control --reload&apos; y vuelva a conectar el dispositivo:
</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="70"/>
        <source>The system did not give this program access to the device.</source>
        <translation>El sistema no concedió a este programa acceso al dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="71"/>
        <source>Close other programs that use the device (particle CLI, serial monitors) and try again.</source>
        <translation>Cierre los demás programas que usen el dispositivo (particle CLI, monitores serie) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="76"/>
        <source>The device disconnected during %1.</source>
        <translation>El dispositivo se desconectó durante %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="77"/>
        <source>Check the cable and the connection, plug the device in again and retry.</source>
        <translation>Compruebe el cable y la conexión, vuelva a conectar el dispositivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="81"/>
        <source>The device did not answer %1 in time.</source>
        <translation>El dispositivo no respondió a tiempo a %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="82"/>
        <source>Reset the device (press RESET), re-plug it, and try again.</source>
        <translation>Reinicie el dispositivo (pulse RESET), desconéctelo y vuelva a conectarlo, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="84"/>
        <source>The device refused %1 (stall).</source>
        <translation>El dispositivo rechazó %1 (stall).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="85"/>
        <source>The device may not support this request in its current mode or version; reset it and try again.</source>
        <translation>Puede que el dispositivo no admita esta solicitud en su modo o versión actuales; reinícielo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="90"/>
        <source>Another program is using the device.</source>
        <translation>Otro programa está usando el dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="91"/>
        <source>Close other programs that use the device (particle CLI, dfu-util, serial monitors) and try again.</source>
        <translation>Cierre los demás programas que usen el dispositivo (particle CLI, dfu-util, monitores serie) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="96"/>
        <source>The device or its interface was not found for %1.</source>
        <translation>No se encontró el dispositivo o su interfaz para %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="97"/>
        <location filename="../core/usb/usberror.cpp" line="125"/>
        <source>Re-plug the device and try again.</source>
        <translation>Desconecte y vuelva a conectar el dispositivo, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="100"/>
        <source>The device sent more data than asked for in %1.</source>
        <translation>El dispositivo envió más datos de los solicitados en %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="101"/>
        <location filename="../core/usb/usberror.cpp" line="275"/>
        <location filename="../core/usb/usberror.cpp" line="281"/>
        <location filename="../core/usb/usberror.cpp" line="448"/>
        <location filename="../core/usb/usberror.cpp" line="454"/>
        <location filename="../core/usb/usberror.cpp" line="462"/>
        <source>Reset the device and try again.</source>
        <translation>Reinicie el dispositivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="104"/>
        <source>The computer ran out of memory during %1.</source>
        <translation>El equipo se quedó sin memoria durante %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="105"/>
        <source>Close other programs and try again.</source>
        <translation>Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="108"/>
        <source>The system&apos;s USB stack does not support %1.</source>
        <translation>La pila USB del sistema no admite %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="109"/>
        <source>Bind the WinUSB driver to the device (Zadig).</source>
        <translation>Asocie el controlador WinUSB al dispositivo (Zadig).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="110"/>
        <source>Check that libusb works on this system.</source>
        <translation>Compruebe que libusb funciona en este sistema.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="113"/>
        <source>%1 was interrupted.</source>
        <translation>Se interrumpió %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="114"/>
        <source>Try again.</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="117"/>
        <source>%1 was called with invalid parameters.</source>
        <translation>Se usaron parámetros no válidos en %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="118"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>Es un error de Device Restore; por favor, notifíquelo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="121"/>
        <source>A USB input/output error happened during %1.</source>
        <translation>Se produjo un error de entrada/salida USB durante %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="122"/>
        <source>Try another cable or USB port, avoid hubs, and retry.</source>
        <translation>Pruebe con otro cable u otro puerto USB, evite los concentradores (hubs) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="124"/>
        <source>USB error during %1.</source>
        <translation>Error USB durante %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="131"/>
        <source>%1 was cancelled.</source>
        <translation>Se canceló %1.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="132"/>
        <source>Run it again when ready; the device stays in its current mode.</source>
        <translation>Vuelva a ejecutarlo cuando esté listo; el dispositivo permanece en su modo actual.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="161"/>
        <location filename="../core/usb/usberror.cpp" line="245"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again.</source>
        <translation>Reinicie el dispositivo en modo DFU (amarillo parpadeante) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="164"/>
        <source>The device refused the target of %1 (errTARGET).</source>
        <translation>El dispositivo rechazó el destino de %1 (errTARGET).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="167"/>
        <source>The device rejected the file (errFILE).</source>
        <translation>El dispositivo rechazó el archivo (errFILE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="170"/>
        <source>The device could not write its flash (errWRITE).</source>
        <translation>El dispositivo no pudo escribir en su memoria flash (errWRITE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="171"/>
        <source>The area may be read-only or the flash worn: reset the device into DFU mode and try again; if it repeats, the device may need service.</source>
        <translation>Puede que la zona sea de solo lectura o que la memoria flash esté desgastada: reinicie el dispositivo en modo DFU e inténtelo de nuevo; si se repite, puede que el dispositivo necesite reparación.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="176"/>
        <source>The device could not erase its flash (errERASE).</source>
        <translation>El dispositivo no pudo borrar su memoria flash (errERASE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="179"/>
        <source>The device&apos;s erase check failed (errCHECK_ERASED).</source>
        <translation>Falló la comprobación de borrado del dispositivo (errCHECK_ERASED).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="182"/>
        <source>The device&apos;s program operation failed (errPROG).</source>
        <translation>Falló la operación de programación del dispositivo (errPROG).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="185"/>
        <source>The device read back different bytes than were written (errVERIFY).</source>
        <translation>El dispositivo leyó bytes distintos de los escritos (errVERIFY).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="188"/>
        <source>The device refused the address (errADDRESS).</source>
        <translation>El dispositivo rechazó la dirección (errADDRESS).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="191"/>
        <source>The device says the download is incomplete (errNOTDONE).</source>
        <translation>El dispositivo indica que la descarga está incompleta (errNOTDONE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="194"/>
        <source>The device found the firmware corrupt (errFIRMWARE).</source>
        <translation>El dispositivo considera que el firmware está dañado (errFIRMWARE).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="195"/>
        <source>Flash a complete, valid firmware in DFU mode.</source>
        <translation>Grabe un firmware completo y válido en modo DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="204"/>
        <source>The device saw an unexpected USB reset (errUSBR).</source>
        <translation>El dispositivo detectó un reinicio USB inesperado (errUSBR).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="207"/>
        <source>The device saw an unexpected power-on reset (errPOR).</source>
        <translation>El dispositivo detectó un reinicio por encendido inesperado (errPOR).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="216"/>
        <source>The device did not expect the request %1 (errSTALLEDPKT).</source>
        <translation>El dispositivo no esperaba la solicitud %1 (errSTALLEDPKT).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="219"/>
        <source>The device reported no error but %1 did not complete.</source>
        <translation>El dispositivo no notificó ningún error, pero %1 no se completó.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="222"/>
        <source>The device reported DFU status %1 during %2.</source>
        <translation>El dispositivo notificó el estado DFU %1 durante %2.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="231"/>
        <source>The device&apos;s bootloader could not carry out %1: it stalled the status request that reports the result, which is how Gen 2 bootloaders signal a failed erase or write.</source>
        <translation>El bootloader del dispositivo no pudo realizar %1: bloqueó (stall) la solicitud de estado que informa del resultado, que es como los bootloaders Gen 2 indican un borrado o una escritura fallidos.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="235"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn or protected.</source>
        <translation>Reinicie el dispositivo en modo DFU (parpadea en amarillo) y vuelva a intentarlo; si vuelve a fallar en la misma dirección, la flash puede estar desgastada o protegida allí.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="243"/>
        <source>The device is in DFU state %1 during %2, expected %3.</source>
        <translation>El dispositivo está en el estado DFU %1 durante %2; se esperaba %3.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="269"/>
        <source>The device is busy with other requests.</source>
        <translation>El dispositivo está ocupado con otras solicitudes.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="270"/>
        <source>Close other programs that talk to the device (particle CLI, the web console) and try again.</source>
        <translation>Cierre los demás programas que se comuniquen con el dispositivo (particle CLI, la consola web) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="274"/>
        <source>The device has no memory left for the request.</source>
        <translation>Al dispositivo no le queda memoria para la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="277"/>
        <source>The device lost track of the request.</source>
        <translation>El dispositivo perdió el seguimiento de la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="278"/>
        <source>Try again; if it repeats, reset the device.</source>
        <translation>Inténtelo de nuevo; si se repite, reinicie el dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="280"/>
        <source>The device could not process the request.</source>
        <translation>El dispositivo no pudo procesar la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="294"/>
        <source>The device found no Particle module in what it was sent.</source>
        <translation>El dispositivo no encontró ningún módulo de Particle en lo que se le envió.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="295"/>
        <source>Check that the file is a Device OS module binary, not a zip or an ELF file, then try again.</source>
        <translation>Compruebe que el archivo sea un binario de módulo de Device OS, no un zip ni un archivo ELF, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="299"/>
        <source>The device does not take this kind of module over USB.</source>
        <translation>El dispositivo no acepta este tipo de módulo por USB.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="300"/>
        <source>Restore this module over DFU instead.</source>
        <translation>Restaure este módulo por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="302"/>
        <source>The device refused the module: it failed its validation.</source>
        <translation>El dispositivo rechazó el módulo: no superó la validación.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="303"/>
        <source>Check that the file is a module for this device and its Device OS, then try again.</source>
        <translation>Compruebe que el archivo sea un módulo para este dispositivo y su Device OS, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="308"/>
        <source>The device refused the module: its CRC does not match (the file or the transfer is damaged).</source>
        <translation>El dispositivo rechazó el módulo: su CRC no coincide (el archivo o la transferencia están dañados).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="310"/>
        <source>Open the release binaries again and retry; use another cable if it happens again.</source>
        <translation>Vuelva a abrir los binarios de la versión y reinténtelo; si vuelve a ocurrir, use otro cable.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="315"/>
        <source>The device refused the module: a module it depends on is missing or too old, or an installed module needs a newer version of it.</source>
        <translation>El dispositivo rechazó el módulo: falta un módulo del que depende o es demasiado antiguo, o un módulo instalado necesita una versión más reciente de él.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="317"/>
        <source>Send the module it depends on first (for Gen 3 system parts: the bootloader), or restore over DFU.</source>
        <translation>Envíe primero el módulo del que depende (en las partes del sistema de Gen 3: el bootloader) o restaure por DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="322"/>
        <source>The device refused the module: its addresses do not fit any of the device&apos;s module slots.</source>
        <translation>El dispositivo rechazó el módulo: sus direcciones no caben en ninguna ranura de módulo del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="324"/>
        <source>Check that the module is built for this device and its Device OS layout.</source>
        <translation>Compruebe que el módulo esté compilado para este dispositivo y la distribución de memoria de su Device OS.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="328"/>
        <source>The device refused the module: it is built for another platform.</source>
        <translation>El dispositivo rechazó el módulo: está compilado para otra plataforma.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="329"/>
        <source>Use the binary built for this device&apos;s platform.</source>
        <translation>Use el binario compilado para la plataforma de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="331"/>
        <source>The device refused the module: its format is not one it reads.</source>
        <translation>El dispositivo rechazó el módulo: no lee su formato.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="332"/>
        <source>Use a module built for this Device OS release.</source>
        <translation>Use un módulo compilado para esta versión de Device OS.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="392"/>
        <source>Check that the file is a complete module built for this device and this Device OS, then try again; nothing was installed.</source>
        <translation>Compruebe que el archivo sea un módulo completo compilado para este dispositivo y este Device OS y vuelva a intentarlo; no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="396"/>
        <source>The device could not write the update to its flash.</source>
        <translation>El dispositivo no pudo escribir la actualización en su flash.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="397"/>
        <source>Reset the device and try again; if it repeats, its flash may be worn.</source>
        <translation>Reinicie el dispositivo y vuelva a intentarlo; si se repite, su flash puede estar desgastada.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="399"/>
        <source>The device refused a piece of the update: it was empty or ran past the size announced at the start, and the device cancelled the update.</source>
        <translation>El dispositivo rechazó una parte de la actualización: estaba vacía o superaba el tamaño anunciado al inicio, y el dispositivo canceló la actualización.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="401"/>
        <source>Start the update again; if it repeats, this is a bug in Device Restore, please report it.</source>
        <translation>Vuelva a iniciar la actualización; si se repite, es un error de Device Restore, por favor notifíquelo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="404"/>
        <source>The update is too large for the device&apos;s update area.</source>
        <translation>La actualización es demasiado grande para el área de actualización del dispositivo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="406"/>
        <source>The device has firmware updates disabled.</source>
        <translation>El dispositivo tiene las actualizaciones de firmware desactivadas.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="407"/>
        <source>Enable updates in the device&apos;s application (System.enableUpdates()), or restore it in DFU mode.</source>
        <translation>Active las actualizaciones en la aplicación del dispositivo (System.enableUpdates()) o restáurelo en modo DFU.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="429"/>
        <source>The device&apos;s Device OS does not support this request.</source>
        <translation>El Device OS del dispositivo no admite esta solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="435"/>
        <source>The device does not allow this request now.</source>
        <translation>El dispositivo no permite esta solicitud en este momento.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="442"/>
        <source>The device is protected (Device Protection) and refused the request.</source>
        <translation>El dispositivo está protegido (Device Protection) y rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="447"/>
        <source>The device took too long to process the request.</source>
        <translation>El dispositivo tardó demasiado en procesar la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="457"/>
        <source>The device rejected the data it was sent.</source>
        <translation>El dispositivo rechazó los datos que se le enviaron.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="461"/>
        <source>The device could not carry out the request.</source>
        <translation>El dispositivo no pudo llevar a cabo la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="430"/>
        <source>Put the device into DFU mode by hand (hold MODE, tap RESET, release at blinking yellow) and continue there.</source>
        <translation>Ponga el dispositivo en modo DFU manualmente (mantenga pulsado MODE, pulse RESET y suelte MODE cuando parpadee en amarillo) y continúe desde ahí.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="199"/>
        <source>The device refused %1 (errVENDOR): it has Device Protection on.</source>
        <translation>El dispositivo rechazó %1 (errVENDOR): tiene Device Protection activada.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="200"/>
        <source>Turn Device Protection off for this device (Particle console, or &apos;particle device-protection disable&apos;), then try again.</source>
        <translation>Desactive Device Protection para este dispositivo (consola de Particle o &apos;particle device-protection disable&apos;) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="211"/>
        <source>The device&apos;s bootloader could not carry out %1 (errUNKNOWN).</source>
        <translation>El bootloader del dispositivo no pudo realizar %1 (errUNKNOWN).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="212"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn.</source>
        <translation>Reinicie el dispositivo en modo DFU (parpadea en amarillo) y vuelva a intentarlo; si vuelve a fallar en la misma dirección, la flash puede estar desgastada allí.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="436"/>
        <source>Put the device in listening mode (hold MODE until blinking dark blue) and try again.</source>
        <translation>Ponga el dispositivo en modo de escucha (mantenga pulsado MODE hasta que parpadee en azul oscuro) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="443"/>
        <source>Unprotect the device from the Particle console, or put it in service mode.</source>
        <translation>Desactive la protección del dispositivo desde la consola de Particle o póngalo en modo de servicio.</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="452"/>
        <source>The device was not ready for the request (for an update: it had not received all of it, or no update was started).</source>
        <translation>El dispositivo no estaba listo para la solicitud (en una actualización: no la había recibido entera o no se había iniciado ninguna).</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="458"/>
        <source>Check that the file is a valid module for this device.</source>
        <translation>Compruebe que el archivo es un módulo válido para este dispositivo.</translation>
    </message>
</context>
<context>
    <name>dr::YmodemSender</name>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="48"/>
        <source>The transfer has not finished.</source>
        <translation>La transferencia no ha terminado.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="57"/>
        <source>The file to send is empty.</source>
        <translation>El archivo que se va a enviar está vacío.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="58"/>
        <source>Choose a module binary (.bin) and try again.</source>
        <translation>Elija un binario de módulo (.bin) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="115"/>
        <source>The device did not accept %1 after %2 attempts.</source>
        <translation>El dispositivo no aceptó %1 tras %2 intentos.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="116"/>
        <source>Check the USB cable and port (avoid hubs), put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>Compruebe el cable y el puerto USB (evite los concentradores), vuelva a poner el dispositivo en modo de escucha (azul oscuro parpadeante) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="214"/>
        <location filename="../core/serial/ymodemsender.cpp" line="328"/>
        <source>the file header</source>
        <translation>la cabecera del archivo</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="243"/>
        <location filename="../core/serial/ymodemsender.cpp" line="249"/>
        <location filename="../core/serial/ymodemsender.cpp" line="335"/>
        <source>block %1</source>
        <translation>el bloque %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="265"/>
        <location filename="../core/serial/ymodemsender.cpp" line="340"/>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="278"/>
        <source>the end of the session</source>
        <translation>el final de la sesión</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="294"/>
        <location filename="../core/serial/ymodemsender.cpp" line="356"/>
        <location filename="../core/serial/ymodemsender.cpp" line="445"/>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="295"/>
        <location filename="../core/serial/ymodemsender.cpp" line="446"/>
        <source>The device keeps its installed modules; nothing was applied.</source>
        <translation>El dispositivo conserva los módulos instalados; no se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="324"/>
        <source>The device did not start a YModem transfer within %1 s.</source>
        <translation>El dispositivo no inició una transferencia YModem en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="325"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue) and try again.</source>
        <translation>Ponga el dispositivo en modo de escucha (mantenga pulsado MODE hasta que parpadee en azul oscuro) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="330"/>
        <source>block 1</source>
        <translation>el bloque 1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="345"/>
        <source>The device did not confirm the file within %1 s of the end of the transfer.</source>
        <translation>El dispositivo no confirmó el archivo en los %1 s siguientes al final de la transferencia.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="347"/>
        <source>Reset the device, inspect it, and send the file again if it is not installed.</source>
        <translation>Reinicie el dispositivo, examínelo y vuelva a enviar el archivo si no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="357"/>
        <source>The device keeps its installed modules; nothing was applied. Reset it if it still blinks dark blue.</source>
        <translation>El dispositivo conserva los módulos instalados; no se aplicó nada. Reinícielo si sigue parpadeando en azul oscuro.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="428"/>
        <source>This device&apos;s Device OS (6.0 or later) no longer accepts files over serial (YModem).</source>
        <translation>El Device OS de este dispositivo (6.0 o posterior) ya no acepta archivos por el puerto serie (YModem).</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="429"/>
        <source>Flash it over USB control requests or DFU instead.</source>
        <translation>Grábelo en su lugar mediante solicitudes de control USB o DFU.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="432"/>
        <source>The device has no room for a file of %1 bytes.</source>
        <translation>El dispositivo no tiene espacio para un archivo de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="433"/>
        <source>Check that the file is a module for this platform.</source>
        <translation>Compruebe que el archivo es un módulo para esta plataforma.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="436"/>
        <source>The device rejected the file after receiving it: %1</source>
        <translation>El dispositivo rechazó el archivo tras recibirlo: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="437"/>
        <source>Check that the file is an intact module for this platform and that its dependencies are installed first.</source>
        <translation>Compruebe que el archivo es un módulo íntegro para esta plataforma y que sus dependencias ya están instaladas.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="442"/>
        <source>The device could not write the file to its flash.</source>
        <translation>El dispositivo no pudo escribir el archivo en su memoria flash.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="443"/>
        <source>Reset the device and try again; if it fails again, restore it over DFU.</source>
        <translation>Reinicie el dispositivo e inténtelo de nuevo; si vuelve a fallar, restáurelo por DFU.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="448"/>
        <source>The device cancelled the transfer.</source>
        <translation>El dispositivo canceló la transferencia.</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="449"/>
        <source>The device cancelled the transfer: %1</source>
        <translation>El dispositivo canceló la transferencia: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="450"/>
        <source>Put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>Vuelva a poner el dispositivo en modo de escucha (azul oscuro parpadeante) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>dr::ui::DeviceLine</name>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="27"/>
        <source>Unknown platform</source>
        <translation>Plataforma desconocida</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="28"/>
        <source>DFU mode (blinking yellow)</source>
        <translation>Modo DFU (amarillo parpadeante)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="29"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="32"/>
        <source>%1 · %2 · ID %3 · USB port %4</source>
        <comment>platform, mode, device ID, USB port</comment>
        <translation>%1 · %2 · ID %3 · puerto USB %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="34"/>
        <source>%1 · %2 · Device OS %3 · ID %4 · USB port %5</source>
        <comment>platform, mode, Device OS version, device ID, USB port</comment>
        <translation>%1 · %2 · Device OS %3 · ID %4 · puerto USB %5</translation>
    </message>
</context>
<context>
    <name>dr::ui::DevicePage</name>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="25"/>
        <source>Which device?</source>
        <translation>¿Qué dispositivo?</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="26"/>
        <source>Choose the device to restore. The list follows what is plugged in.</source>
        <translation>Elija el dispositivo que desea restaurar. La lista refleja lo que está conectado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="29"/>
        <source>Attached devices</source>
        <translation>Dispositivos conectados</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="30"/>
        <source>The Particle devices attached to this computer, with platform, mode, Device OS, device ID and USB port. Choose the one to restore.</source>
        <translation>Los dispositivos Particle conectados a este equipo, con plataforma, modo, Device OS, ID de dispositivo y puerto USB. Elija el que desea restaurar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="32"/>
        <source>No Particle device is attached.

Plug the device into this computer with a USB data cable (charge-only cables do not work). If it is attached and does not appear, hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode).</source>
        <translation>No hay ningún dispositivo Particle conectado.

Conecte el dispositivo a este equipo con un cable USB de datos (los cables que solo sirven para cargar no funcionan). Si está conectado y no aparece, mantenga pulsado MODE, pulse RESET y siga pulsando MODE hasta que el LED parpadee en amarillo (modo DFU).</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="45"/>
        <source>Check this computer…</source>
        <translation>Comprobar este equipo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="47"/>
        <source>Find out what stops this computer from opening the device, and fix it</source>
        <translation>Averiguar qué impide a este equipo abrir el dispositivo y corregirlo</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="58"/>
        <source>&amp;Inspect modules</source>
        <translation>&amp;Examinar módulos</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="60"/>
        <source>Inspect modules</source>
        <translation>Examinar módulos</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="61"/>
        <source>Read the modules on the selected device and show them with their checks</source>
        <translation>Lee los módulos del dispositivo seleccionado y los muestra con sus comprobaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="68"/>
        <source>Device in listening mode that is not listed</source>
        <translation>Dispositivo en modo de escucha que no aparece en la lista</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="69"/>
        <source>A device in listening mode blinks dark blue. If it is not in the list above, or its modules cannot be read over USB, enter its serial port and inspect it over serial.</source>
        <translation>Un dispositivo en modo de escucha parpadea en azul oscuro. Si no aparece en la lista anterior, o sus módulos no se pueden leer por USB, indique su puerto serie y examínelo por el puerto serie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="81"/>
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="82"/>
        <source>The path or name of the device&apos;s serial port, for example %1</source>
        <translation>La ruta o el nombre del puerto serie del dispositivo, por ejemplo %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="84"/>
        <source>Serial &amp;port:</source>
        <translation>&amp;Puerto serie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="86"/>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>Inspect over &amp;serial</source>
        <translation>Examinar por se&amp;rie</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="88"/>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Inspect over serial</source>
        <translation>Examinar por el puerto serie</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="89"/>
        <source>Ask the device on this serial port for its ID and modules</source>
        <translation>Pide al dispositivo de este puerto serie su ID y sus módulos</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="137"/>
        <source>The device&apos;s modules were read over DFU: only what is out of date will be written.</source>
        <translation>Los módulos del dispositivo se leyeron por DFU: solo se escribirá lo que esté desactualizado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="139"/>
        <source>The device&apos;s modules were read.</source>
        <translation>Se leyeron los módulos del dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="148"/>
        <location filename="../ui/pages/devicepage.cpp" line="325"/>
        <location filename="../ui/pages/devicepage.cpp" line="338"/>
        <source>Modules on device %1</source>
        <translation>Módulos del dispositivo %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="156"/>
        <source>The modules could not be read over USB; the plan uses what the device said over %1.</source>
        <translation>No se pudieron leer los módulos por USB; el plan usa lo que el dispositivo indicó por %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="168"/>
        <source>Reading the device&apos;s modules over DFU… %1%</source>
        <translation>Leyendo los módulos del dispositivo por DFU… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="277"/>
        <source>Waiting for device %1 to appear again…</source>
        <translation>Esperando a que el dispositivo %1 vuelva a aparecer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/devicepage.cpp" line="279"/>
        <source>%n devices are attached: choose the one to restore.</source>
        <translation>
            <numerusform>Hay %n dispositivo conectado: elija el que desea restaurar.</numerusform>
            <numerusform>Hay %n dispositivos conectados: elija el que desea restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="307"/>
        <source>The device is in DFU mode: reading its modules over DFU (it listed them over %1 before)…</source>
        <translation>El dispositivo está en modo DFU: leyendo sus módulos por DFU (antes los listó por %1)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="310"/>
        <source>The device is in DFU mode: reading its modules over DFU…</source>
        <translation>El dispositivo está en modo DFU: leyendo sus módulos por DFU…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="328"/>
        <source>Reading the device&apos;s modules over DFU…</source>
        <translation>Leyendo los módulos del dispositivo por DFU…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="337"/>
        <source>Modules on device %1, read over DFU (checked by Device Restore)</source>
        <translation>Módulos del dispositivo %1, leídos por DFU (comprobados por Device Restore)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Stop inspecting</source>
        <translation>Detener el examen</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="372"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="378"/>
        <source>Enter the serial port of the device first, for example %1.</source>
        <translation>Indique primero el puerto serie del dispositivo, por ejemplo %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="384"/>
        <source>Asking the device on %1…</source>
        <translation>Consultando al dispositivo en %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="397"/>
        <source>Modules on device %1 (serial port %2)</source>
        <translation>Módulos del dispositivo %1 (puerto serie %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="401"/>
        <source>Device %1 answered on %2.</source>
        <translation>El dispositivo %1 respondió en %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="403"/>
        <source>Device %1 on %2 is a %3, but you chose the %4. Go back to change the platform.</source>
        <translation>El dispositivo %1 en %2 es un %3, pero usted eligió el %4. Vuelva atrás para cambiar la plataforma.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="411"/>
        <source>It is not in the list of USB devices, so it cannot be restored from here yet. Hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode): the device then appears in the list.</source>
        <translation>No está en la lista de dispositivos USB, así que todavía no se puede restaurar desde aquí. Mantenga pulsado MODE, pulse RESET y siga pulsando MODE hasta que el LED parpadee en amarillo (modo DFU): entonces el dispositivo aparecerá en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="420"/>
        <source>The plan uses the modules the device listed over %1.</source>
        <translation>El plan usa los módulos que el dispositivo enumeró por %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="434"/>
        <source>Could not inspect the device on %1.</source>
        <translation>No se pudo examinar el dispositivo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="159"/>
        <source>Could not read the modules: %1 The restore will write every module.</source>
        <translation>No se pudieron leer los módulos: %1 La restauración escribirá todos los módulos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="293"/>
        <source>This is a %1, but you chose the %2. Go back to change the platform, or choose another device.</source>
        <translation>Es un %1, pero usted eligió el %2. Vuelva atrás para cambiar la plataforma o elija otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="295"/>
        <source>device of unknown platform</source>
        <translation>dispositivo de plataforma desconocida</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="300"/>
        <location filename="../ui/pages/devicepage.cpp" line="329"/>
        <source>Reading the device&apos;s modules…</source>
        <translation>Leyendo los módulos del dispositivo…</translation>
    </message>
</context>
<context>
    <name>dr::ui::DoctorDialog</name>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="44"/>
        <source>Check this computer</source>
        <translation>Comprobar este equipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="59"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="68"/>
        <source>What the fix writes</source>
        <translation>Lo que escribe la corrección</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="70"/>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="72"/>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>Do &amp;not install</source>
        <translation>&amp;No instalar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="88"/>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="96"/>
        <source>Installing; the system may ask for your password…</source>
        <translation>Instalando; puede que el sistema le pida su contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="124"/>
        <source>Checking this computer…</source>
        <translation>Comprobando este equipo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="150"/>
        <source>Nothing on this computer stops it from restoring Particle devices.</source>
        <translation>Nada en este equipo le impide restaurar dispositivos Particle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/doctordialog.cpp" line="151"/>
        <source>%n thing(s) on this computer need attention.</source>
        <translation>
            <numerusform>%n cosa de este equipo necesita atención.</numerusform>
            <numerusform>%n cosas de este equipo necesitan atención.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="169"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="197"/>
        <source>This writes the rule below to %1 with administrator rights (the system asks for your password), makes udev read it, and then asks you to plug the device in again.</source>
        <translation>Esto escribe la regla de abajo en %1 con derechos de administrador (el sistema le pide su contraseña), hace que udev la lea y luego le pide que vuelva a conectar el dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
</context>
<context>
    <name>dr::ui::DownloadPanel</name>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="21"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="25"/>
        <source>Stop the down&amp;load</source>
        <translation>De&amp;tener la descarga</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="27"/>
        <source>Stop the download</source>
        <translation>Detener la descarga</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="28"/>
        <source>Stops downloading; nothing of this download is kept</source>
        <translation>Detiene la descarga; no se conserva nada de ella</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="45"/>
        <source>Stopping the download…</source>
        <translation>Deteniendo la descarga…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="58"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
            <numerusform>queda unos %n segundo</numerusform>
            <numerusform>quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda unos %n minuto</numerusform>
            <numerusform>quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="95"/>
        <source>file %1 of %2</source>
        <translation>archivo %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="112"/>
        <source>Download stopped. Nothing of it was kept; choose Next to start it again.</source>
        <translation>Descarga detenida. No se conservó nada; elija Siguiente para empezarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="113"/>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
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
        <translation>Prebootloader (parte 1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="22"/>
        <source>Bootloader part %1</source>
        <translation>Bootloader (parte %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="25"/>
        <source>System part %1</source>
        <translation>Módulo del sistema %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="27"/>
        <source>User firmware</source>
        <translation>Firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="29"/>
        <source>SoftDevice (radio stack)</source>
        <translation>SoftDevice (stack de radio)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="31"/>
        <source>NCP firmware (network co-processor)</source>
        <translation>Firmware NCP (coprocesador de red)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="33"/>
        <source>Monolithic firmware</source>
        <translation>Firmware monolítico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="35"/>
        <source>Resource %1</source>
        <translation>Recurso %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="39"/>
        <source>Asset %1</source>
        <translation>Recurso de aplicación %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="43"/>
        <location filename="../ui/widgets/moduledescription.cpp" line="52"/>
        <source>Module (function %1, index %2)</source>
        <translation>Módulo (función %1, índice %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="49"/>
        <source>(empty slot)</source>
        <translation>(ranura vacía)</translation>
    </message>
</context>
<context>
    <name>dr::ui::ModuleTable</name>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Address range</source>
        <translation>Rango de direcciones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Needs</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="18"/>
        <source>Modules on the device</source>
        <translation>Módulos del dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="19"/>
        <source>Each module with its version and the device&apos;s four checks.</source>
        <translation>Cada módulo con su versión y las cuatro comprobaciones del dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="39"/>
        <source>written, not yet confirmed</source>
        <translation>escrito, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="68"/>
        <source>cleared, not yet confirmed</source>
        <translation>borrado, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="70"/>
        <source>%1 (%2), written, not yet confirmed</source>
        <translation>%1 (%2), escrito, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="72"/>
        <source>%1, written, not yet confirmed</source>
        <translation>%1, escrito, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="77"/>
        <source>The restore wrote this module; the device has not been read since (it is in DFU mode or restarting), so its checks are not known yet.</source>
        <translation>La restauración escribió este módulo; el dispositivo no se ha vuelto a leer desde entonces (está en modo DFU o reiniciándose), por lo que aún no se conocen sus comprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="81"/>
        <source>not yet confirmed</source>
        <translation>aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="116"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="117"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="118"/>
        <source>not reported</source>
        <translation>no notificado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="119"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="124"/>
        <source>Not reported by the device: its module table over USB does not include this check.</source>
        <translation>No notificado por el dispositivo: la tabla de módulos que envía por USB no incluye esta comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="147"/>
        <source>Not read over DFU: %1</source>
        <translation>No leído por DFU: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="120"/>
        <source>not checked by the device</source>
        <translation>no comprobado por el dispositivo</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanPage</name>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="17"/>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="18"/>
        <source>Every step, in order. Nothing has been written yet.</source>
        <translation>Todos los pasos, en orden. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="21"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="23"/>
        <source>Go &amp;ahead despite Particle&apos;s recommendations</source>
        <translation>Continuar &amp;pese a las recomendaciones de Particle</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="60"/>
        <source>Check device %1 &amp;without writing anything</source>
        <translation>&amp;Comprobar el dispositivo %1 sin escribir nada</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="61"/>
        <source>Check device %1 without writing anything</source>
        <comment>accessible name</comment>
        <translation>Comprobar el dispositivo %1 sin escribir nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="65"/>
        <source>Write %n module(s) to device %1</source>
        <comment>accessible name</comment>
        <translation>
            <numerusform>Escribir %n módulo en el dispositivo %1</numerusform>
            <numerusform>Escribir %n módulos en el dispositivo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="25"/>
        <source>Go ahead despite Particle&apos;s recommendations</source>
        <translation>Continuar pese a las recomendaciones de Particle</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="26"/>
        <source>Allows the steps marked as needing your confirmation</source>
        <translation>Permite los pasos marcados como pendientes de su confirmación</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="29"/>
        <source>Confirms that the listed modules may be written to this device</source>
        <translation>Confirma que los módulos indicados pueden escribirse en este dispositivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="63"/>
        <source>&amp;Write %n module(s) to device %1</source>
        <translation>
            <numerusform>&amp;Escribir %n módulo en el dispositivo %1</numerusform>
            <numerusform>&amp;Escribir %n módulos en el dispositivo %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanView</name>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="43"/>
        <source>Restore steps</source>
        <translation>Pasos de la restauración</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="44"/>
        <source>Every step of the restore in order: module, version now and after, how it is sent, its size and why.</source>
        <translation>Todos los pasos de la restauración en orden: módulo, versión actual y posterior, cómo se envía, su tamaño y el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="49"/>
        <source>Plan notes</source>
        <translation>Notas del plan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="50"/>
        <source>Refusals, warnings and notes about this restore.</source>
        <translation>Rechazos, advertencias y notas sobre esta restauración.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="76"/>
        <source>%1: Device OS %2 → %3.</source>
        <translation>%1: Device OS %2 → %3.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="78"/>
        <source>%1: Device OS unknown → %2.</source>
        <translation>%1: Device OS desconocido → %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="84"/>
        <source>%n write(s), %1 in all.</source>
        <translation>
            <numerusform>%n escritura, %1 en total.</numerusform>
            <numerusform>%n escrituras, %1 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="87"/>
        <source>The restore runs in %n stage(s).</source>
        <translation>
            <numerusform>La restauración se realiza en %n fase.</numerusform>
            <numerusform>La restauración se realiza en %n fases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Needs your confirmation: %1</source>
        <translation>Requiere su confirmación: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Confirmed: %1</source>
        <translation>Confirmado: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="137"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="80"/>
        <source>Refused: nothing will be written.</source>
        <translation>Rechazado: no se escribirá nada.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="82"/>
        <source>Nothing to write: the device is already there.</source>
        <translation>Nada que escribir: el dispositivo ya está en esa versión.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>you confirm</source>
        <translation>con su confirmación</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="101"/>
        <source>DFU</source>
        <translation>DFU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="102"/>
        <source>%1 (running)</source>
        <translation>%1 (en ejecución)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="103"/>
        <source>erased</source>
        <translation>borrado</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformList</name>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="12"/>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="13"/>
        <source>The kinds of Particle device; choose the one you want to restore.</source>
        <translation>Los tipos de dispositivo Particle; elija el que desea restaurar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="75"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="77"/>
        <source>cellular</source>
        <translation>red móvil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="79"/>
        <source>Wi-Fi and cellular</source>
        <translation>Wi-Fi y red móvil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="81"/>
        <source>mesh</source>
        <translation>mesh</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="106"/>
        <source>Gen %1</source>
        <translation>Gen %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="115"/>
        <source>Not supported: %1</source>
        <translation>No compatible: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformPage</name>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="18"/>
        <source>Which kind of device?</source>
        <translation>¿Qué tipo de dispositivo?</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="19"/>
        <source>Choose the Particle platform to restore. Platforms this tool cannot restore are shown greyed out with the reason.</source>
        <translation>Elija la plataforma Particle que desea restaurar. Las plataformas que esta herramienta no puede restaurar aparecen atenuadas, con el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="25"/>
        <source>Restore &amp;many devices…</source>
        <translation>Restaurar &amp;muchos dispositivos…</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="27"/>
        <source>Restore many devices</source>
        <translation>Restaurar muchos dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="28"/>
        <source>Open the restore station: choose a recipe, and every device plugged in gets it, several at once</source>
        <translation>Abrir la estación de restauración: elija una receta y cada dispositivo que conecte la recibe, varios a la vez</translation>
    </message>
</context>
<context>
    <name>dr::ui::RecipeEditor</name>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="31"/>
        <source>Restore many devices</source>
        <translation>Restaurar muchos dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="32"/>
        <source>Every device plugged in at the station gets this recipe. Save it under a name to use it again.</source>
        <translation>Cada dispositivo conectado a la estación recibe esta receta. Guárdela con un nombre para volver a usarla.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="38"/>
        <source>Saved recipes</source>
        <translation>Recetas guardadas</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="39"/>
        <source>Choose a saved recipe to fill in the form with it</source>
        <translation>Elija una receta guardada para rellenar el formulario con ella</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="42"/>
        <source>Recipe name</source>
        <translation>Nombre de la receta</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="43"/>
        <source>For example: Borons for customer returns</source>
        <translation>Por ejemplo: Borons de devoluciones de clientes</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="47"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="48"/>
        <source>Devices of other platforms are shown and left alone</source>
        <translation>Los dispositivos de otras plataformas se muestran y no se tocan</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="49"/>
        <source>Any supported platform</source>
        <translation>Cualquier plataforma compatible</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="56"/>
        <source>Target Device OS version</source>
        <translation>Versión de Device OS de destino</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="60"/>
        <source>User firmware after the restore</source>
        <translation>Firmware de usuario tras la restauración</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="61"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="62"/>
        <source>Keep the device&apos;s application</source>
        <translation>Conservar la aplicación del dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="63"/>
        <source>A firmware file</source>
        <translation>Un archivo de firmware</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="66"/>
        <source>User firmware file</source>
        <translation>Archivo de firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="67"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="69"/>
        <source>Choose the user firmware file</source>
        <translation>Elegir el archivo de firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="74"/>
        <source>Also update the &amp;radio (NCP) firmware where the target needs it</source>
        <translation>Actualizar también el firmware de &amp;radio (NCP) cuando el destino lo necesite</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="76"/>
        <source>Update the radio firmware</source>
        <translation>Actualizar el firmware de radio</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="80"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="81"/>
        <source>Tick the models to restore; none ticked means every model</source>
        <translation>Marque los modelos que restaurar; si no marca ninguno, se restauran todos</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="84"/>
        <source>&amp;Leave alone models that need a newer Device OS than the target</source>
        <translation>No &amp;tocar los modelos que necesitan un Device OS más nuevo que el destino</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="86"/>
        <source>Leave alone models that need a newer Device OS</source>
        <translation>No tocar los modelos que necesitan un Device OS más nuevo</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="88"/>
        <source>When a device is plugged in</source>
        <translation>Cuando se conecta un dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="89"/>
        <source>Restore it &amp;at once</source>
        <translation>Restaurarlo de &amp;inmediato</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="91"/>
        <source>&amp;Wait until I press Start</source>
        <translation>&amp;Esperar a que pulse Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="96"/>
        <source>Devices restored at the same time</source>
        <translation>Dispositivos restaurados a la vez</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="98"/>
        <source>At most &amp;this many at the same time:</source>
        <translation>Como &amp;máximo, a la vez:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="109"/>
        <source>Sa&amp;ved recipes:</source>
        <translation>Recetas &amp;guardadas:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="111"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="112"/>
        <source>&amp;Device OS:</source>
        <translation>&amp;Device OS:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="113"/>
        <source>&amp;User firmware:</source>
        <translation>Firmware de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="117"/>
        <source>&amp;Models:</source>
        <translation>M&amp;odelos:</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="124"/>
        <source>&amp;Save recipe</source>
        <translation>Guardar re&amp;ceta</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="126"/>
        <source>Keep this recipe under its name</source>
        <translation>Guardar esta receta con su nombre</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="127"/>
        <source>R&amp;emove recipe</source>
        <translation>E&amp;liminar receta</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="129"/>
        <source>Forget the saved recipe of this name</source>
        <translation>Olvidar la receta guardada con este nombre</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="133"/>
        <source>&amp;Open the station</source>
        <translation>&amp;Abrir la estación</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="135"/>
        <source>Open the restore station with this recipe</source>
        <translation>Abrir la estación de restauración con esta receta</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>User firmware</source>
        <translation>Firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>Firmware (*.bin)</source>
        <translation>Firmware (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="206"/>
        <source>None saved yet</source>
        <translation>Ninguna guardada todavía</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="269"/>
        <source>Give the recipe a name.</source>
        <translation>Dé un nombre a la receta.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="271"/>
        <source>Choose the user firmware file, or another user firmware.</source>
        <translation>Elija el archivo de firmware de usuario u otro firmware de usuario.</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="297"/>
        <source>Particle&apos;s recommended version for each platform</source>
        <translation>La versión recomendada por Particle para cada plataforma</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="298"/>
        <source>Particle&apos;s recommended version</source>
        <translation>La versión recomendada por Particle</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release for each platform</source>
        <translation>La versión más reciente de cada plataforma</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release</source>
        <translation>La versión más reciente</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="327"/>
        <source>Every model of each platform</source>
        <translation>Todos los modelos de cada plataforma</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="338"/>
        <source>Needs Device OS %1 or newer</source>
        <translation>Necesita Device OS %1 o posterior</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestorePage</name>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="24"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="25"/>
        <source>Keep the device plugged in. You can cancel at any time; the device stops at a safe point.</source>
        <translation>Mantenga el dispositivo conectado. Puede cancelar en cualquier momento; el dispositivo se detendrá en un punto seguro.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="32"/>
        <source>Current instruction</source>
        <translation>Instrucción actual</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="37"/>
        <source>Progress of this step</source>
        <translation>Progreso de este paso</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="38"/>
        <source>How much of the current module has been sent</source>
        <translation>Cuánto se ha enviado del módulo actual</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="40"/>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="41"/>
        <source>How much of the whole restore is done</source>
        <translation>Cuánto se ha completado de toda la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="45"/>
        <source>Waiting for the device</source>
        <translation>Esperando al dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="57"/>
        <source>The device&apos;s modules as it reports them, updated while the restore runs</source>
        <translation>Los módulos del dispositivo tal como los notifica, actualizados durante la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="60"/>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Show the &amp;log</source>
        <translation>Mostrar el &amp;registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="66"/>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Show the log</source>
        <translation>Mostrar el registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="67"/>
        <source>Shows or hides every message of the restore, with technical detail</source>
        <translation>Muestra u oculta todos los mensajes de la restauración, con detalles técnicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="71"/>
        <source>Restore log</source>
        <translation>Registro de la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="72"/>
        <source>Every message of the restore, oldest first</source>
        <translation>Todos los mensajes de la restauración, del más antiguo al más reciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Hide the &amp;log</source>
        <translation>Ocultar el &amp;registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Hide the log</source>
        <translation>Ocultar el registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="82"/>
        <source>Cancel restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="83"/>
        <source>Stop at the next safe point; the result page then says what state the device is in</source>
        <translation>Se detiene en el siguiente punto seguro; la página de resultados indica después en qué estado queda el dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="87"/>
        <source>This step:</source>
        <translation>Este paso:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="88"/>
        <source>Overall:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="110"/>
        <source>Stopping at the next safe point…</source>
        <translation>Deteniendo en el siguiente punto seguro…</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="126"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="131"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n segundo</numerusform>
            <numerusform>Quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="155"/>
        <source>Do what the page says, then choose Done.</source>
        <translation>Haga lo que indica la página y después elija Hecho.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="220"/>
        <source>No bytes have moved for %n second(s). Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</source>
        <translation>
            <numerusform>No se ha movido ningún byte en %n segundo. Mantenga el dispositivo conectado: si la transferencia no continúa, se detiene con un error que indica qué hacer.</numerusform>
            <numerusform>No se ha movido ningún byte en %n segundos. Mantenga el dispositivo conectado: si la transferencia no continúa, se detiene con un error que indica qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="230"/>
        <source>Still waiting for the device: %1 s so far, at most %2 s. If it does not answer by then, Device Restore tries another way or stops and says what to do.</source>
        <translation>Se sigue esperando al dispositivo: %1 s hasta ahora, como máximo %2 s. Si no responde para entonces, Device Restore prueba otra forma o se detiene e indica qué hacer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="265"/>
        <source>Waiting for you</source>
        <translation>Esperando su acción</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="302"/>
        <source>Waiting for the device to connect to the network</source>
        <translation>Esperando a que el dispositivo se conecte a la red</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="304"/>
        <source>Waiting for the device to start</source>
        <translation>Esperando a que el dispositivo se inicie</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="306"/>
        <source>Writing %1 (%2)</source>
        <translation>Escribiendo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="308"/>
        <source>Clearing the former user firmware slot</source>
        <translation>Borrando la antigua ranura del firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="310"/>
        <source>The device is applying %1 and restarting</source>
        <translation>El dispositivo está aplicando %1 y reiniciándose</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="319"/>
        <source>Looking for the device. Leave it plugged in.</source>
        <translation>Buscando el dispositivo. Déjelo conectado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="321"/>
        <source>Putting the device into DFU mode. Its LED will blink yellow.</source>
        <translation>Poniendo el dispositivo en modo DFU. Su LED parpadeará en amarillo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="323"/>
        <source>Putting the device into listening mode. Leave it plugged in; its LED blinks dark blue.</source>
        <translation>Poniendo el dispositivo en modo de escucha. Déjelo conectado; su LED parpadea en azul oscuro.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="325"/>
        <source>The device is leaving DFU mode and restarting. Leave it plugged in; the LED changes colour several times.</source>
        <translation>El dispositivo está saliendo del modo DFU y reiniciándose. Déjelo conectado; el LED cambiará de color varias veces.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="328"/>
        <source>The device is installing the update and restarting. Leave it plugged in; the LED may blink magenta, then change colour several times.</source>
        <translation>El dispositivo está instalando la actualización y reiniciándose. Déjelo conectado; el LED puede parpadear en magenta y después cambiar de color varias veces.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="333"/>
        <source>Sending over the serial port. The LED blinks dark blue. Do not unplug the device.</source>
        <translation>Enviando por el puerto serie. El LED parpadea en azul oscuro. No desconecte el dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="334"/>
        <source>Sending the update to the running device. The LED blinks magenta. Do not unplug the device.</source>
        <translation>Enviando la actualización al dispositivo en ejecución. El LED parpadea en magenta. No desconecte el dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="336"/>
        <source>Writing in DFU mode. The LED blinks yellow. Do not unplug the device.</source>
        <translation>Escribiendo en modo DFU. El LED parpadea en amarillo. No desconecte el dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="338"/>
        <source>Checking every module on the device.</source>
        <translation>Comprobando todos los módulos del dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="206"/>
        <source>The device&apos;s modules are shown here once it runs Device OS again.</source>
        <translation>Los módulos del dispositivo se mostrarán aquí cuando vuelva a ejecutar Device OS.</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="80"/>
        <source>Cancel &amp;restore</source>
        <translation>&amp;Cancelar la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="159"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="160"/>
        <source>&amp;Stop the restore</source>
        <translation>&amp;Detener la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="207"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore (simulated devices)</source>
        <translation>Device Restore (dispositivos simulados)</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore</source>
        <translation>Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="54"/>
        <source>Settin&amp;gs…</source>
        <translation>Conf&amp;iguración…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="56"/>
        <source>Check this &amp;computer…</source>
        <translation>Comprobar este &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="67"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Go back to the previous page</source>
        <translation>Vuelve a la página anterior</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Go on to the next page</source>
        <translation>Pasa a la página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Start writing the plan to the device</source>
        <translation>Empieza a escribir el plan en el dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Close Device Restore</source>
        <translation>Cierra Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="233"/>
        <source>Check this computer</source>
        <translation>Comprobar este equipo</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="234"/>
        <source>Check what stops this computer from reaching Particle devices and their releases, and fix it</source>
        <translation>Comprobar qué impide a este equipo llegar a los dispositivos Particle y sus versiones, y corregirlo</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="250"/>
        <source>Stop and close Device Restore</source>
        <translation>Detiene y cierra Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="252"/>
        <source>The restore is already stopping at the next safe point; the window stays open</source>
        <translation>La restauración ya se está deteniendo en el siguiente punto seguro; la ventana permanece abierta</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="254"/>
        <source>Stop the restore at the next safe point; the window stays open and shows what state the device is in</source>
        <translation>Detiene la restauración en el siguiente punto seguro; la ventana permanece abierta y muestra en qué estado queda el dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Open the settings, such as the interface language</source>
        <translation>Abre la configuración, como el idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>dr::ui::ResultPage</name>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="24"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="25"/>
        <source>What the device itself reports about every module now.</source>
        <translation>Lo que el propio dispositivo indica ahora sobre cada módulo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="37"/>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="43"/>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="44"/>
        <source>Shows or hides the technical detail of the error, for support</source>
        <translation>Muestra u oculta el detalle técnico del error, para el soporte técnico</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="48"/>
        <source>Technical detail</source>
        <translation>Detalle técnico</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="58"/>
        <source>Modules on the device after the restore</source>
        <translation>Módulos del dispositivo tras la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="63"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="66"/>
        <source>Save a text and a JSON file with the device, the plan, every step with its timing, the modules before and after, and any error</source>
        <translation>Guarda un archivo de texto y otro JSON con el dispositivo, el plan, cada paso con su duración, los módulos antes y después, y cualquier error</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="68"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="70"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="71"/>
        <source>Read the device again and plan the rest of the restore from what it holds now; modules already in place are skipped</source>
        <translation>Vuelve a leer el dispositivo y planifica el resto de la restauración según lo que contiene ahora; se omiten los módulos que ya están instalados</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="73"/>
        <source>Restore &amp;another device</source>
        <translation>Restaurar &amp;otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="119"/>
        <source>✖ The restore stopped at step %1 of %2: %3 could not be written.</source>
        <translation>✖ La restauración se detuvo en el paso %1 de %2: no se pudo escribir %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="124"/>
        <source>✖ The restore stopped at step %1 of %2: the former user firmware could not be cleared.</source>
        <translation>✖ La restauración se detuvo en el paso %1 de %2: no se pudo borrar el antiguo firmware de usuario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="127"/>
        <source>✖ The restore stopped at step %1 of %2, while waiting for the device.</source>
        <translation>✖ La restauración se detuvo en el paso %1 de %2, mientras esperaba al dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="153"/>
        <source>The report was not saved. %1</source>
        <translation>No se guardó el informe. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="157"/>
        <source>Report saved as %1 and %2.</source>
        <translation>Informe guardado como %1 y %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="219"/>
        <source>The device&apos;s modules were not read after the restore stopped.</source>
        <translation>No se leyeron los módulos del dispositivo después de que se detuviera la restauración.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="65"/>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="75"/>
        <source>Restore another device</source>
        <translation>Restaurar otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="76"/>
        <source>Choose the next device to restore with the same version</source>
        <translation>Elige el siguiente dispositivo que restaurar con la misma versión</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Report (*.txt)</source>
        <translation>Informe (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="190"/>
        <source>✔ Device %1 already had Device OS %2; every module passes its checks.</source>
        <translation>✔ El dispositivo %1 ya tenía Device OS %2; todos los módulos superan sus comprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="192"/>
        <source>✔ Device %1 now runs Device OS %2; every module passes its checks.</source>
        <translation>✔ El dispositivo %1 ejecuta ahora Device OS %2; todos los módulos superan sus comprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="195"/>
        <source>✖ The restore was cancelled.</source>
        <translation>✖ Se canceló la restauración.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="131"/>
        <source>✖ The restore failed: %1</source>
        <translation>✖ La restauración falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="210"/>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="218"/>
        <source>The device&apos;s modules could not be read after the restore.</source>
        <translation>No se pudieron leer los módulos del dispositivo tras la restauración.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Settings of Device Restore</source>
        <translation>Configuración de Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>The language of the program&apos;s windows. It changes the next time Device Restore starts.</source>
        <translation>El idioma de las ventanas del programa. Cambia la próxima vez que se inicie Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>Keep these settings</source>
        <translation>Guarda esta configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Close without changing the settings</source>
        <translation>Cierra sin cambiar la configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="82"/>
        <source>Device OS releases</source>
        <translation>Versiones de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="85"/>
        <source>Particle&apos;s own servers</source>
        <translation>Los servidores de Particle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="86"/>
        <source>Release catalog address</source>
        <translation>Dirección del catálogo de versiones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="87"/>
        <source>Where Device OS releases are downloaded from: empty for Particle&apos;s own servers, or the address of a mirror of them (https://...), or a folder holding the same files. The list of releases is loaded from there as soon as the settings are saved.</source>
        <translation>De dónde se descargan las versiones de Device OS: vacío para los servidores de Particle, o la dirección de una réplica (https://...), o una carpeta con los mismos archivos. La lista de versiones se carga desde allí en cuanto se guardan los ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="91"/>
        <source>Empty: Particle&apos;s own servers. A mirror (https://…) or a folder with the same files also works. The list of releases is loaded from there when you press OK.</source>
        <translation>Vacío: los servidores de Particle. También sirve una réplica (https://…) o una carpeta con los mismos archivos. La lista de versiones se carga desde allí al pulsar Aceptar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="97"/>
        <source>Deletes every Device OS release downloaded so far; they are downloaded again when needed</source>
        <translation>Borra todas las versiones de Device OS descargadas hasta ahora; se vuelven a descargar cuando hagan falta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="103"/>
        <source>&amp;Catalog address:</source>
        <translation>&amp;Dirección del catálogo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111"/>
        <source>Removing the downloaded releases…</source>
        <translation>Quitando las versiones descargadas…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Removed the downloaded releases: %1 freed.</source>
        <translation>Versiones descargadas quitadas: %1 liberados.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="121"/>
        <source>The downloaded releases could not be removed. %1</source>
        <translation>No se pudieron quitar las versiones descargadas. %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="142"/>
        <source>The new language applies the next time you start Device Restore.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="143"/>
        <source>A change of language applies the next time you start Device Restore.</source>
        <translation>Los cambios de idioma se aplican la próxima vez que inicie Device Restore.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>&amp;Remove downloaded releases</source>
        <translation>&amp;Quitar las versiones descargadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="152"/>
        <source>Remove downloaded releases: none are downloaded</source>
        <translation>Quitar las versiones descargadas: no hay ninguna</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="157"/>
        <source>&amp;Remove downloaded releases (frees %1)</source>
        <translation>&amp;Quitar las versiones descargadas (libera %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="158"/>
        <source>Remove downloaded releases</source>
        <translation>Quitar las versiones descargadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="159"/>
        <source>Remove downloaded releases, freeing %1</source>
        <translation>Quitar las versiones descargadas, libera %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>“%1” is not an https, http or file address, nor a folder. Give the address of a mirror of Particle&apos;s files, or leave it empty.</source>
        <translation>«%1» no es una dirección https, http o file, ni una carpeta. Indique la dirección de una réplica de los archivos de Particle, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationCard</name>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="80"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="82"/>
        <source>Stop this restore</source>
        <translation>Detener esta restauración</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="99"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="115"/>
        <location filename="../ui/station/stationcard.cpp" line="232"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="101"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="103"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="105"/>
        <location filename="../ui/station/stationcard.cpp" line="111"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="229"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="231"/>
        <source>Restore again</source>
        <translation>Restaurar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="175"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="177"/>
        <source>%1 on USB port %2</source>
        <translation>%1 en el puerto USB %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="178"/>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="191"/>
        <source>Unknown platform</source>
        <translation>Plataforma desconocida</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="192"/>
        <source>ID not known yet</source>
        <translation>ID aún desconocido</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="163"/>
        <source>mode not known</source>
        <translation>modo desconocido</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="165"/>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="167"/>
        <source>listening mode</source>
        <translation>modo de escucha</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="169"/>
        <source>safe mode</source>
        <translation>modo seguro</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="194"/>
        <source>not plugged in</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="196"/>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="199"/>
        <source>Device OS now → the recipe&apos;s target</source>
        <translation>Device OS actual → destino de la receta</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="262"/>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="272"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="274"/>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="276"/>
        <source>What is happening on %1</source>
        <translation>Qué ocurre en %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="277"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="278"/>
        <source>Restore this device with the station&apos;s recipe</source>
        <translation>Restaurar este dispositivo con la receta de la estación</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="279"/>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="280"/>
        <source>Stop this device&apos;s restore at the next safe point; the others go on</source>
        <translation>Detener la restauración de este dispositivo en el siguiente punto seguro; los demás continúan</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="281"/>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="282"/>
        <source>Its modules as last read, the error in full and its history</source>
        <translation>Sus módulos según la última lectura, el error completo y su historial</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="283"/>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="284"/>
        <source>There is no report yet</source>
        <translation>Todavía no hay informe</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="285"/>
        <source>Open the saved restore report</source>
        <translation>Abrir el informe de restauración guardado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="286"/>
        <source>Done with %1</source>
        <translation>Hecho con %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="288"/>
        <source>Stop the restore of %1</source>
        <translation>Detener la restauración de %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationDetailsDialog</name>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="28"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="33"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="34"/>
        <source>What happened to this device at the station, oldest first</source>
        <translation>Lo que le ocurrió a este dispositivo en la estación, lo más antiguo primero</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="38"/>
        <source>Restore log</source>
        <translation>Registro de la restauración</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="39"/>
        <source>Every message of this device&apos;s restores, with technical detail</source>
        <translation>Cada mensaje de las restauraciones de este dispositivo, con detalles técnicos</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="44"/>
        <source>Modules as last read:</source>
        <translation>Módulos según la última lectura:</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="49"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="50"/>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="73"/>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="77"/>
        <source>USB port: %1</source>
        <translation>Puerto USB: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="78"/>
        <source>Device OS: %1</source>
        <translation>Device OS: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="79"/>
        <source>Status: %1. %2</source>
        <translation>Estado: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="82"/>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="87"/>
        <source>&lt;b&gt;Error %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Error %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="89"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="91"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="99"/>
        <source>The modules are shown here once the restore&apos;s final inspection has read them.</source>
        <translation>Los módulos se muestran aquí en cuanto la inspección final de la restauración los haya leído.</translation>
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
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="15"/>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="17"/>
        <source>Planning</source>
        <translation>Planificando</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="19"/>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="21"/>
        <source>Needs you</source>
        <translation>Le necesita</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="23"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="25"/>
        <source>Already at target</source>
        <translation>Ya en el destino</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="27"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="31"/>
        <source>Unplugged</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="33"/>
        <source>Not suitable</source>
        <translation>No adecuado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="50"/>
        <source>Done, unplugged</source>
        <translation>Hecho, desconectado</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="53"/>
        <source>Writing: step %1 of %2</source>
        <translation>Escribiendo: paso %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="63"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Queda unos %n segundo</numerusform>
            <numerusform>Quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Queda unos %n minuto</numerusform>
            <numerusform>Quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="72"/>
        <source>Started %1</source>
        <translation>Iniciado a las %1</translation>
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
        <translation>Tardó %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="91"/>
        <source>%n module(s), every check passed</source>
        <translation>
            <numerusform>%n módulo, todas las comprobaciones superadas</numerusform>
            <numerusform>%n módulos, todas las comprobaciones superadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="92"/>
        <source>%n module(s), %1 with a failed check</source>
        <translation>
            <numerusform>%n módulo, %1 con una comprobación fallida</numerusform>
            <numerusform>%n módulos, %1 con una comprobación fallida</numerusform>
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
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="101"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Starts as soon as a place is free.</source>
        <translation>Empieza en cuanto haya un hueco libre.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Press Start to restore it.</source>
        <translation>Pulse Iniciar para restaurarlo.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="110"/>
        <source>Reading its modules to plan the restore. Leave it plugged in.</source>
        <translation>Leyendo sus módulos para planificar la restauración. Déjelo conectado.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="112"/>
        <source>Getting the releases and making the plan.</source>
        <translation>Obteniendo las versiones y preparando el plan.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="114"/>
        <source>Do not unplug the device.</source>
        <translation>No desconecte el dispositivo.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="116"/>
        <source>Look at the device and follow the instruction.</source>
        <translation>Mire el dispositivo y siga la instrucción.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="118"/>
        <source>Restored and checked.</source>
        <translation>Restaurado y comprobado.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="120"/>
        <source>Nothing written. %1</source>
        <translation>No se escribió nada. %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="121"/>
        <source>Nothing written: it already runs the target.</source>
        <translation>No se escribió nada: ya ejecuta el destino.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="125"/>
        <source>The restore stopped with an error.</source>
        <translation>La restauración se detuvo con un error.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="127"/>
        <source>Stopped at a safe point. Press Start to try again.</source>
        <translation>Detenido en un punto seguro. Pulse Iniciar para reintentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="131"/>
        <source>Plug it in again to go on; its row and history stay here.</source>
        <translation>Vuelva a conectarlo para continuar; su fila y su historial se quedan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="133"/>
        <source>The recipe does not fit this device: it is left alone.</source>
        <translation>La receta no sirve para este dispositivo: no se toca.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="134"/>
        <source>%1 It is left alone.</source>
        <translation>%1 No se toca.</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationView</name>
    <message>
        <location filename="../ui/station/stationview.cpp" line="22"/>
        <source>Restore station</source>
        <translation>Estación de restauración</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="29"/>
        <location filename="../ui/station/stationview.cpp" line="183"/>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="40"/>
        <source>Start &amp;all waiting</source>
        <translation>Iniciar &amp;todos los que esperan</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="42"/>
        <source>Start every device that waits for a click</source>
        <translation>Iniciar cada dispositivo que espera un clic</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="43"/>
        <source>Ca&amp;ncel all</source>
        <translation>Ca&amp;ncelar todo</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="45"/>
        <source>Stop every restore under way at its next safe point</source>
        <translation>Detener cada restauración en curso en su siguiente punto seguro</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="46"/>
        <source>Open &amp;report folder</source>
        <translation>Abrir la carpeta de &amp;informes</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="48"/>
        <source>Open the folder with each device&apos;s report and the summary of the station&apos;s restores</source>
        <translation>Abrir la carpeta con el informe de cada dispositivo y el resumen de las restauraciones de la estación</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="51"/>
        <source>Change r&amp;ecipe…</source>
        <translation>Cambiar r&amp;eceta…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="53"/>
        <source>Choose or edit what the devices get</source>
        <translation>Elegir o editar lo que reciben los dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="55"/>
        <source>&amp;Hide unplugged devices</source>
        <translation>&amp;Ocultar los dispositivos desconectados</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="57"/>
        <source>Show only the devices plugged in now; the others come back when plugged in again or when this is unticked</source>
        <translation>Mostrar solo los dispositivos conectados ahora; los demás vuelven al conectarlos de nuevo o al desmarcar esta opción</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="71"/>
        <source>Plug in the devices to restore, one after another or several on a hub. Each appears here with what it holds and what it gets.</source>
        <translation>Conecte los dispositivos que restaurar, uno tras otro o varios en un concentrador. Cada uno aparece aquí con lo que tiene y lo que recibirá.</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="90"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="140"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="141"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="142"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="143"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="149"/>
        <source>Any supported platform</source>
        <translation>Cualquier plataforma compatible</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="152"/>
        <source>Particle&apos;s recommended version</source>
        <translation>La versión recomendada por Particle</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="154"/>
        <source>the latest release</source>
        <translation>la versión más reciente</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="158"/>
        <source>its application if it runs there, else Tinker</source>
        <translation>su aplicación si funciona allí; si no, Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="161"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="164"/>
        <source>its own application</source>
        <translation>su propia aplicación</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="167"/>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>then %1</source>
        <translation>después %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="173"/>
        <source>with the radio (NCP) firmware</source>
        <translation>con el firmware de radio (NCP)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="175"/>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>starts by itself when plugged in</source>
        <translation>empieza sola al conectar</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>waits for Start</source>
        <translation>espera a Iniciar</translation>
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
        <translation>Estación de Device Restore (dispositivos simulados)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="18"/>
        <source>Device Restore station</source>
        <translation>Estación de Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="19"/>
        <source>Stopping every restore at its next safe point; the window closes when they have stopped.</source>
        <translation>Deteniendo cada restauración en su siguiente punto seguro; la ventana se cierra cuando se hayan detenido.</translation>
    </message>
</context>
<context>
    <name>dr::ui::VersionPage</name>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="33"/>
        <source>Which Device OS version?</source>
        <translation>¿Qué versión de Device OS?</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="34"/>
        <source>Choose the version to put on the device, and what should run on it afterwards.</source>
        <translation>Elija la versión que desea instalar en el dispositivo y lo que debe ejecutarse en él después.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="99"/>
        <source>Binaries folder or zip</source>
        <translation>Carpeta o zip de binarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="104"/>
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="107"/>
        <source>Use a folder of Device OS release binaries</source>
        <translation>Usa una carpeta con binarios de versiones de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="108"/>
        <source>&amp;Zip…</source>
        <translation>&amp;Zip…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="111"/>
        <source>Use a zip of Device OS release binaries</source>
        <translation>Usa un zip con binarios de versiones de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="44"/>
        <source>Device OS versions</source>
        <translation>Versiones de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="48"/>
        <source>Show &amp;pre-releases</source>
        <translation>Mostrar versiones &amp;preliminares</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="54"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="59"/>
        <source>User firmware after the restore</source>
        <translation>Firmware de usuario tras la restauración</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="62"/>
        <source>Keep the device&apos;s application if it runs on this version, else Tinker</source>
        <translation>Conservar la aplicación del dispositivo si funciona con esta versión; si no, Tinker</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="64"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="65"/>
        <source>Keep the device&apos;s application</source>
        <translation>Conservar la aplicación del dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="66"/>
        <source>A firmware file…</source>
        <translation>Un archivo de firmware…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="71"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="72"/>
        <source>&amp;User firmware:</source>
        <translation>&amp;Firmware de usuario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="102"/>
        <source>B&amp;inaries:</source>
        <translation>&amp;Binarios:</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="156"/>
        <source>Zip of Device OS binaries</source>
        <translation>Zip con binarios de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="157"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="158"/>
        <source>Folder of Device OS binaries</source>
        <translation>Carpeta con binarios de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="268"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>User firmware</source>
        <translation>Firmware de usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="45"/>
        <source>Newest first, each with its labels: recommended by Particle, latest, LTS, pre-release, on the device, downloaded. Versions the device cannot run are greyed out with the reason.</source>
        <translation>La más reciente primero, cada una con sus etiquetas: recomendada por Particle, la más reciente, LTS, preliminar, en el dispositivo, descargada. Las versiones que el dispositivo no puede ejecutar aparecen en gris con el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="50"/>
        <source>Show pre-releases</source>
        <translation>Mostrar versiones preliminares</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="51"/>
        <source>Also list test versions of Device OS that are not final</source>
        <translation>Muestra también versiones de prueba de Device OS que no son definitivas</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="55"/>
        <source>The exact model (SKU) of the device, printed on it; some models need a newer Device OS</source>
        <translation>El modelo exacto (SKU) del dispositivo, impreso en él; algunos modelos requieren un Device OS más reciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="60"/>
        <source>What runs on the device after the restore: Tinker, its own application, or a firmware file</source>
        <translation>Lo que se ejecuta en el dispositivo tras la restauración: Tinker, su propia aplicación o un archivo de firmware</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="78"/>
        <source>Where the Device OS binaries come from</source>
        <translation>Origen de los binarios de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="80"/>
        <source>Particle&apos;s &amp;releases, downloaded when chosen</source>
        <translation>&amp;Versiones de Particle, descargadas al elegirlas</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="82"/>
        <source>Particle&apos;s releases</source>
        <translation>Versiones de Particle</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="83"/>
        <source>List the Device OS releases Particle publishes; the chosen one is downloaded and checked before the plan</source>
        <translation>Muestra las versiones de Device OS que publica Particle; la elegida se descarga y se comprueba antes del plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="85"/>
        <source>My o&amp;wn files (a folder or zip of release binaries)</source>
        <translation>Mis a&amp;rchivos (una carpeta o zip de binarios de versiones)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="87"/>
        <source>My own files</source>
        <translation>Mis archivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="88"/>
        <source>Use a folder or zip of Device OS release binaries you have</source>
        <translation>Usar una carpeta o zip propio de binarios de Device OS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="100"/>
        <source>The folder or zip file of Device OS release binaries in use. Type a path and press Enter to use another one.</source>
        <translation>La carpeta o el archivo zip de binarios de Device OS en uso. Escriba una ruta y pulse Intro para usar otra.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="106"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="110"/>
        <source>Choose a zip file</source>
        <translation>Elegir un archivo zip</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="112"/>
        <source>&amp;Downloaded binaries</source>
        <translation>Binarios &amp;descargados</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="114"/>
        <source>Use the downloaded binaries</source>
        <translation>Usar los binarios descargados</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="115"/>
        <source>Use the Device OS binaries the setup script downloaded (the default)</source>
        <translation>Usa los binarios de Device OS que descargó el script de instalación (opción predeterminada)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="240"/>
        <source>The download size is not known: %1</source>
        <translation>No se conoce el tamaño de la descarga: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>Firmware (*.bin)</source>
        <translation>Firmware (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="280"/>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="302"/>
        <source>To use your own files instead, choose a folder or zip of release binaries.</source>
        <translation>Para usar sus propios archivos, elija una carpeta o zip de binarios de versiones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="330"/>
        <source>Loading the list of Device OS releases…</source>
        <translation>Cargando la lista de versiones de Device OS…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="335"/>
        <source>The list of Particle&apos;s releases could not be loaded, so the Device OS binaries on this computer are used instead. %1</source>
        <translation>No se pudo cargar la lista de versiones de Particle, así que se usan los binarios de Device OS de este ordenador. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="348"/>
        <source>Offline: showing the releases downloaded on %1. Releases not downloaded yet need the network.</source>
        <translation>Sin conexión: se muestran las versiones descargadas el %1. Las versiones aún no descargadas necesitan la red.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="353"/>
        <source>From %1, the list of %2 (the network could not be reached: %3)</source>
        <translation>De %1, la lista del %2 (no se pudo acceder a la red: %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="356"/>
        <source>From %1, the list of %2.</source>
        <translation>De %1, la lista del %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="357"/>
        <source>%n release(s) downloaded on this computer.</source>
        <translation>
            <numerusform>%n versión descargada en este ordenador.</numerusform>
            <numerusform>%n versiones descargadas en este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="387"/>
        <source>The list has no releases for the %1: use your own files.</source>
        <translation>La lista no tiene versiones para el %1: use sus propios archivos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="402"/>
        <source>recommended by Particle</source>
        <translation>recomendada por Particle</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="404"/>
        <source>latest</source>
        <translation>la más reciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="406"/>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="410"/>
        <source>on the device</source>
        <translation>en el dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="413"/>
        <source>downloaded, %1</source>
        <translation>descargada, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="415"/>
        <source>not downloaded: needs the network</source>
        <translation>no descargada: necesita la red</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="428"/>
        <source>Downloaded and checked: no network needed</source>
        <translation>Descargada y comprobada: no hace falta la red</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="429"/>
        <source>Choosing it downloads it (and any release the restore passes through) before the plan is shown</source>
        <translation>Al elegirla se descarga (junto con cualquier versión intermedia de la restauración) antes de mostrar el plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="448"/>
        <source>The binaries could not be read. %1</source>
        <translation>No se pudieron leer los binarios. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="449"/>
        <source>No Device OS binaries yet: choose a folder or zip of release binaries.</source>
        <translation>Todavía no hay binarios de Device OS: elija una carpeta o un zip con binarios de versiones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="460"/>
        <source>The downloaded Device OS binaries (the default): %n module(s).</source>
        <translation>
            <numerusform>Los binarios de Device OS descargados (opción predeterminada): %n módulo.</numerusform>
            <numerusform>Los binarios de Device OS descargados (opción predeterminada): %n módulos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="461"/>
        <source>%n module(s) found.</source>
        <translation>
            <numerusform>Se encontró %n módulo.</numerusform>
            <numerusform>Se encontraron %n módulos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="463"/>
        <source>%n other file(s) are not modules.</source>
        <translation>
            <numerusform>Hay %n archivo más que no es un módulo.</numerusform>
            <numerusform>Hay %n archivos más que no son módulos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="606"/>
        <source>Asking the server for the download size…</source>
        <translation>Preguntando al servidor el tamaño de la descarga…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="616"/>
        <source>Everything this restore needs is downloaded: no network needed.</source>
        <translation>Todo lo que necesita esta restauración está descargado: no hace falta red.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="623"/>
        <source>To download: at least %1 (Device OS %2; %n file(s) did not say their size).</source>
        <translation>
            <numerusform>Por descargar: al menos %1 (Device OS %2; %n archivo no indicó su tamaño).</numerusform>
            <numerusform>Por descargar: al menos %1 (Device OS %2; %n archivos no indicaron su tamaño).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="626"/>
        <source>To download: %1 (Device OS %2).</source>
        <translation>Por descargar: %1 (Device OS %2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="638"/>
        <source>Getting Device OS %1 for the %2 (and any release the restore passes through)…</source>
        <translation>Obteniendo Device OS %1 para el %2 (y cualquier versión intermedia de la restauración)…</translation>
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
        <translation>%1  — no disponible: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="478"/>
        <source>newest</source>
        <translation>la más reciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="408"/>
        <location filename="../ui/pages/versionpage.cpp" line="482"/>
        <source>pre-release</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="484"/>
        <source>LTS line</source>
        <translation>línea LTS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="418"/>
        <location filename="../ui/pages/versionpage.cpp" line="487"/>
        <source>the %1 needs %2 or newer</source>
        <translation>el %1 requiere %2 o posterior</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="504"/>
        <source>They hold no Device OS for the %1.</source>
        <translation>No contienen Device OS para el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="516"/>
        <source>Not usable: the file holds %n module(s), not one.</source>
        <translation>
            <numerusform>No utilizable: el archivo contiene %n módulo, no uno.</numerusform>
            <numerusform>No utilizable: el archivo contiene %n módulos, no uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="518"/>
        <location filename="../ui/pages/versionpage.cpp" line="530"/>
        <source>Not usable: %1</source>
        <translation>No utilizable: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="523"/>
        <source>Not usable: %1 is not user firmware.</source>
        <translation>No utilizable: %1 no es firmware de usuario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="526"/>
        <source>Not usable: %1 is built for the %2, not the %3.</source>
        <translation>No utilizable: %1 está compilado para el %2, no para el %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="534"/>
        <source>%1: user firmware for the %2, checks pass.</source>
        <translation>%1: firmware de usuario para el %2; supera las comprobaciones.</translation>
    </message>
</context>
</TS>
