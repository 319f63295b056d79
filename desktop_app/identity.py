"""The app's identity in one place: the package metadata, the Qt settings, the installers, the .desktop
file and the data folder all read it from here (as MusicBrainz Picard does).

APP_ID is the reverse-DNS id that names the Linux menu entry, icon and AppStream file; WINDOWS_APP_GUID
is the Windows installer's identity. Never change either after a release: a new one makes the next
installer a different program that can neither upgrade nor uninstall the old one."""

APP_ID = "io.github.docroute.DocRoute"
PACKAGE_NAME = "docroute"  # the command, the Debian package and the folder under /opt
APP_NAME = "DocRoute"  # QSettings and the user data folder (platformdirs): renaming it "loses" the data
APP_DISPLAY_NAME = "公文流转助手"
ORGANIZATION = "DocRoute"
PUBLISHER = "DocRoute"
SUMMARY = "县政府办公室公文登记、流转与用印助手"
SUMMARY_EN = "Registers, routes and prints official documents for a county government office"
MAINTAINER = "DocRoute maintainers <maintainers@docroute.invalid>"
LICENSE = "MIT"
VERSION = "0.1.0"
RELEASE_DATE = "2026-12-01"  # of VERSION: AppStream's release list and the Debian changelog
# uuid5(NAMESPACE_DNS, APP_ID), written out so start-up does not import uuid (tests/packaging checks it).
WINDOWS_APP_GUID = "1A7D60F8-7B6A-58D5-924E-D200913971FC"


def version_tuple() -> tuple[int, int, int, int]:
    """VERSION as the four numbers of a Windows version resource ("0.1.0" -> (0, 1, 0, 0))."""
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in VERSION.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]
