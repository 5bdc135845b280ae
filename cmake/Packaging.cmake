# CPack: a Debian package of what `cmake --install` puts in place.
#
#   cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DACCORD_BUILD_TESTS=OFF
#   cmake --build build/package && (cd build/package && cpack -G DEB)
#
# The package's Depends come from dpkg-shlibdeps (dpkg-dev) over the installed
# programs, plus what Qt loads as plugins and so no linker sees.

set(ACCORD_PACKAGE_MAINTAINER "Accord developers <dev@accord.invalid>"
    CACHE STRING "The Maintainer of the Debian package: Name <address>")

set(CPACK_PACKAGE_NAME accord)
set(CPACK_PACKAGE_VENDOR "Accord developers")
set(CPACK_PACKAGE_CONTACT "${ACCORD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ACCORD_PROJECT_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "partnership pipeline tracker")
# The extended description as Debian shows it: lines of up to 80 characters,
# paragraphs apart.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Accord tracks prospects through the three steps of a partnering method"
    "(Uniquely Informative, Collaborative Consulting, Mutual Negotiation) to a"
    "signed Partnership. Account managers log their meetings with prospects;"
    "sales leads review the pipeline per stage, time in stage and conversion."
    ""
    "A pipeline lives in one local SQLite file, or for a team on one PostgreSQL"
    "server. The package holds the desktop app (accord) and the command line"
    "(accord-cli), with their man pages and bash completion.")
set(CPACK_STRIP_FILES ON)
# A package never carries the test build's automation hooks.
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/AccordCPackChecks.cmake")
if(ACCORD_TEST_HOOKS)
    file(WRITE "${CPACK_PROJECT_CONFIG_FILE}"
        "message(FATAL_ERROR \"This build has the test hooks compiled in: package a build \"\n"
        "    \"configured with -DACCORD_BUILD_TESTS=OFF.\")\n")
else()
    file(WRITE "${CPACK_PROJECT_CONFIG_FILE}" "# A build without test hooks: nothing to refuse.\n")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(ACCORD_BUILD_GUI)
    # The SVG icons load through Qt's SVG image and icon plugins.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
    # Qt's own dialogs and buttons in German come from qt6-translations-l10n.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-translations-l10n")
endif()

include(CPack)
