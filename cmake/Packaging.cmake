# Install rules beyond the executables, and the packages made from them:
#   Windows: runtime DLLs and plugins beside the executables (WindowsDeploy.cmake), the MSI built
#            from installer/wix/ (Msi.cmake: wixl on Linux, WiX 3 on Windows), and CPack's WIX
#            generator as an alternative on a Windows build machine;
#   Linux:   a .deb of the GUI and CLI for support staff who open bundles there (CPack DEB).
# Included from the top-level CMakeLists.txt after the app targets exist.
if(NOT IPSECDOCTOR_BUILD_APP OR NOT TARGET ipsecdoctor OR NOT TARGET ipsecdoctor-cli)
    return()
endif()

# The MSI's UpgradeCode: fixed for the life of the product, so every later MSI (wixl, WiX or
# CPack) finds and replaces an earlier one (major upgrade). Never change it.
set(IPSECDOCTOR_UPGRADE_CODE "6C1B5E0A-3D57-4E2B-9B8E-2F4A7C0D1E93")

if(WIN32)
    include(WindowsDeploy)
    include(Msi)
else()
    # A desktop entry and icon, so the wizard appears in the desktop's menu.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/ipsecdoctor.desktop" DESTINATION share/applications)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/ipsecdoctor-256.png"
            DESTINATION share/icons/hicolor/256x256/apps RENAME ipsecdoctor.png)
endif()

set(CPACK_PACKAGE_NAME "ipsecdoctor")
set(CPACK_PACKAGE_VENDOR "IPsec Doctor")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "IPsec Doctor")
set(CPACK_PACKAGE_CONTACT "IPsec Doctor maintainers <maintainers@ipsecdoctor.invalid>")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

# Debian package: dependencies computed by dpkg-shlibdeps from the binaries (Qt, spdlog, zlib...).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The summary line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "The Linux build opens the diagnostic bundles that IPsec Doctor makes on Windows PCs, in the wizard (ipsecdoctor) or the command line (ipsecdoctor-cli), read-only.")

# CPack's WIX generator (WiX 3 on a Windows build machine): an MSI with the same UpgradeCode as
# the one built from installer/wix/, so either replaces the other. Not run on Linux.
set(CPACK_WIX_UPGRADE_GUID "${IPSECDOCTOR_UPGRADE_CODE}")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/ipsecdoctor.ico")
set(CPACK_WIX_CULTURES "en-US;fr-FR")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_PACKAGE_EXECUTABLES "ipsecdoctor;IPsec Doctor")

if(WIN32)
    set(CPACK_GENERATOR WIX)
    set(CPACK_PACKAGE_FILE_NAME "ipsecdoctor-${PROJECT_VERSION}-cpack")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_SET_DESTDIR OFF)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
include(CPack)
