"""Which database this PC opens when none is named: the choice of 设置 → 数据与备份 (a file or a server),
kept per PC in `database.json` in the user's data folder, so that the window and `docroute` without
`--db` open the same one (contracts/cli.md "Several PCs, one registry").

    {"database": "postgresql://zhangsan@wenshu-server:5432/docroute", "files": "\\\\wenshu-server\\docroute"}

`files` is the shared folder where a server's attachments, seal scans and archive packages are kept: a
server holds only the database, and each PC may reach the share by its own path (a UNC path on
Windows, a mount point on Kylin), so it is a setting of the PC, not of the database. A file database
keeps its files beside itself and needs none. No password is ever stored here (docs/server.md)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import Hint, InputError, StorageError
from desktop_app.registry.engine import is_server

FILE_NAME = "database.json"


@dataclass(frozen=True)
class Choice:
    database: str = ""        # a file path or a postgresql:// URL; "" = the default file
    files: str = ""           # a server's shared data folder on this PC

    def to_json(self) -> dict:
        return {"database": self.database, "files": self.files}


def choice_file() -> Path:
    from desktop_app.paths import user_data_dir

    return user_data_dir() / FILE_NAME


def chosen() -> Choice:
    """This PC's choice, or the default (the file in the data folder) when none was saved or it cannot
    be read (a damaged choice must not keep the program from opening)."""
    try:
        data = json.loads(choice_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Choice()
    if not isinstance(data, dict):
        return Choice()
    return Choice(str(data.get("database") or ""), str(data.get("files") or ""))


def default_location() -> str | Path:
    """What `Registry.open()` without a path opens: the chosen database, else the default file."""
    choice = chosen()
    if choice.database:
        return choice.database if is_server(choice.database) else Path(choice.database).expanduser()
    from desktop_app.paths import default_db_path

    return default_db_path()


def files_folder(url: str) -> Path | None:
    """The shared data folder this PC set for that server (or the DOCROUTE_FILES environment variable)."""
    override = os.environ.get("DOCROUTE_FILES")
    if override:
        return Path(override).expanduser()
    choice = chosen()
    if choice.files and same_server(choice.database, url):
        return Path(choice.files).expanduser()
    return None


def same_server(a: str, b: str) -> bool:
    from desktop_app.registry.engine.postgres import shown_url

    return bool(a) and is_server(a) and shown_url(a.strip()).split("?")[0] == shown_url(b.strip()).split("?")[0]


def save(choice: Choice) -> Choice:
    """Stores this PC's choice (written to a temporary file first, then renamed into place)."""
    database = choice.database.strip()
    if database and is_server(database) and _has_password(database):
        raise InputError("database", "服务器地址中不能保存密码", Hint("请去掉地址中的密码；登录时再输入", "登录时再输入密码"))
    if choice.files and not Path(choice.files).expanduser().is_dir():
        raise InputError("files", f"找不到共享文件夹 {choice.files}", "请选择一个已存在、本机能访问的文件夹")
    target = choice_file()
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(json.dumps(Choice(database, choice.files.strip()).to_json(), ensure_ascii=False,
                                      indent=2), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        raise StorageError(f"无法保存数据库设置 {target}（{exc.strerror or exc}）", "请检查用户数据文件夹的写入权限") from None
    return chosen()


def _has_password(url: str) -> bool:
    from urllib.parse import urlsplit

    return urlsplit(url).password is not None
