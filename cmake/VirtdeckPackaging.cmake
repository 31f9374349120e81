# What a user's machine gets besides the binary (desktop entry, icon and AppStream metainfo, a man page
# made from --help at build time) and the Debian package CPack builds from it: `cpack` in the build
# directory, or `cmake --build build --target package`, writes virtdeck_VERSION-1_ARCH.deb. Translations
# are compiled into the binary (:/i18n), so they ship with it.

install(FILES "${PROJECT_SOURCE_DIR}/resources/org.virtdeck.Virtdeck.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page is help2man's reading of `virtdeck --help` and `--version` (which need no display), plus
# docs/virtdeck.h2m (examples, files). The C locale keeps it English whatever the builder's language.
find_program(VIRTDECK_HELP2MAN help2man)
find_program(VIRTDECK_GZIP gzip)
if(VIRTDECK_HELP2MAN AND VIRTDECK_GZIP)
    set(man "${CMAKE_CURRENT_BINARY_DIR}/virtdeck.1")
    add_custom_command(
        OUTPUT "${man}.gz"
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
                "${VIRTDECK_HELP2MAN}" --no-info --section=1 --source=virtdeck
                "--include=${PROJECT_SOURCE_DIR}/docs/virtdeck.h2m" --output=${man} $<TARGET_FILE:virtdeck>
        COMMAND "${VIRTDECK_GZIP}" -9nf "${man}"
        DEPENDS virtdeck "${PROJECT_SOURCE_DIR}/docs/virtdeck.h2m"
        COMMENT "Generating the virtdeck(1) man page from --help"
        VERBATIM)
    add_custom_target(virtdeck_man ALL DEPENDS "${man}.gz")
    install(FILES "${man}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man or gzip not found: no man page (Debian: apt-get install help2man)")
endif()

set(VIRTDECK_PACKAGE_MAINTAINER "The virtdeck developers <maintainers@virtdeck.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME virtdeck)
set(CPACK_PACKAGE_VENDOR "The virtdeck developers")
set(CPACK_PACKAGE_CONTACT "${VIRTDECK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "virtdeck lists the servers of many libvirt hypervisors (QEMU/KVM, Xen, the test driver) in one\n"
    "window, live through libvirt's events, and changes them through a visible, persisted log of\n"
    "operations: lifecycle, flexing by shares, a serial console with SysRq, history charts and\n"
    "diagnosis over SSH. A built-in demo fleet needs no hypervisor.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# Libraries come from dpkg-shlibdeps; plugins Qt loads at run time are not linked, so they are named:
# the platform plugins (a window at all) and the SVG icon engine (every icon is an SVG).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Qt's own strings (standard buttons) in the user's language; ssh for qemu+ssh:// URIs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, openssh-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libvirt-daemon-system")
include(CPack)
