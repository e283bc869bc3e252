# Packaging: CPack settings for every platform, included last by the top-level CMakeLists.txt.
# Linux (built and checked here, `ctest -L package`): a .deb and a .tar.gz of `cmake --install`.
# Windows (NSIS or WiX, windeployqt) and macOS (a bundle with Info.plist, macdeployqt): configured
# below but never built or tried here; no Windows or macOS machine is available to this project yet.

set(CPACK_PACKAGE_NAME "device-restore")
set(CPACK_PACKAGE_VENDOR "The Device Restore developers")
set(CPACK_PACKAGE_CONTACT "Device Restore developers <team@device-restore.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "restore Particle devices to a chosen Device OS version over USB")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "electronics")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Device Restore puts a Particle IoT device (Photon, P1, Electron, Argon, Boron,\n"
        "B Series SoM, Tracker, E404X, P2, Photon 2, M SoM and others) back on a chosen\n"
        "Device OS release. It reads and checks the device's modules, plans every step,\n"
        "downloads Particle's releases into a verified cache, writes them over DFU, USB\n"
        "control requests or the serial port, and checks the result. A desktop window\n"
        "and a command line share the same engine.\n"
        "\n"
        "The package's udev rule lets the person logged in at the computer open\n"
        "Particle devices and keeps ModemManager away from their serial ports.")
    # Library dependencies come from dpkg-shlibdeps. It cannot see what Qt loads at run time: the
    # platform plugins (qt6-qpa-plugins) and Qt's own translations (qt6-translations-l10n).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
    # pkexec runs the computer check's udev fix with administrator rights.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec")
    # postinst/postrm make udev re-read its rules when the package comes and goes.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        "${PROJECT_SOURCE_DIR}/installer/linux/postinst;${PROJECT_SOURCE_DIR}/installer/linux/postrm")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
elseif(WIN32)
    # Untested here. NSIS by default; WiX with -G WIX (needs the WiX toolset on PATH).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Device Restore")
    set(CPACK_NSIS_DISPLAY_NAME "Device Restore")
    set(CPACK_NSIS_PACKAGE_NAME "Device Restore")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/device-restore.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\device-restore.exe")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Device Restore.lnk' '$INSTDIR\\\\bin\\\\device-restore.exe'")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_WIX_UPGRADE_GUID "5B0E5C7A-3C0D-4F57-9D3B-7E8A2B04D0E5")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/installer/windows/device-restore.ico")
    set(CPACK_PACKAGE_EXECUTABLES "device-restore" "Device Restore")
elseif(APPLE)
    # Untested here: a drag-and-drop disk image holding Device Restore.app.
    set(CPACK_GENERATOR "DragNDrop")
endif()

# The package is made from what the build already made (ci builds everything before ctest); without
# this, CPack would first build the whole project, tests included, in one job.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

include(CPack)
