"""The app's identity, the one place the package, the installers and the menu entry read their names from."""
from __future__ import annotations

import configparser
import re
import uuid
from datetime import date

from desktop_app import identity
from tests.packaging.scripts import ROOT


def test_windows_guid_is_derived_from_the_app_id():
    # Written out in identity.py so start-up does not import uuid; it must still be this one.
    assert identity.WINDOWS_APP_GUID == str(uuid.uuid5(uuid.NAMESPACE_DNS, identity.APP_ID)).upper()


def test_app_id_is_reverse_dns_and_names_the_command():
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z0-9]+)+\.[A-Za-z][A-Za-z0-9]*", identity.APP_ID)
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    assert config["options.entry_points"]["console_scripts"].split("=")[0].strip() == identity.PACKAGE_NAME


def test_version_as_four_numbers_for_windows():
    assert identity.version_tuple() == tuple(int(n) for n in identity.VERSION.split(".")) + (0,) * (
        4 - len(identity.VERSION.split(".")))
    assert date.fromisoformat(identity.RELEASE_DATE)
