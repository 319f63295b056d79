"""The app's identity in one place: the package metadata, the Qt settings, the installer and the
data folder all read it from here (as MusicBrainz Picard does)."""

APP_ID = "docroute"
APP_NAME = "DocRoute"
APP_DISPLAY_NAME = "公文流转助手"
ORGANIZATION = "DocRoute"
VERSION = "0.1.0"
