"""`docroute` safety and exchange subcommands (docs/cli.md): backup, restore, check, export, import."""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.registry import opened


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="备份数据库（SQLite 在线备份，可在使用中进行；数据库服务器用 pg_dump）")
    p.add_argument("-o", "--output", metavar="FILE", help="备份为一个 SQLite 文件（默认：存入数据库旁 backups 文件夹，各份备份共用未变的数据块并压缩，保留近一年；"
                                                          "数据库服务器：pg_dump 文件，默认存入用户数据目录中的 backups 文件夹）")
    p.set_defaults(handler=run_backup)

    p = subparsers.add_parser("restore", help="从备份恢复：先在副本上升级并检查，通过后才替换，被替换的数据库另存一份；"
                                              "数据库服务器：用 pg_restore 恢复到一个空数据库")
    p.add_argument("file", metavar="FILE", help="备份文件（backups 中的 .backup.json 清单或 .sqlite 文件；数据库服务器：pg_dump 文件）")
    p.set_defaults(handler=run_restore)

    p = subparsers.add_parser("check", help="检查数据库：数据页、结构（与标准结构逐项比较）、外键、文号、搜索索引、附件和用印登记簿")
    p.add_argument("--full", action="store_true",
                   help="数据页用 SQLite 的 integrity_check 全面检查（另查索引与表是否一致，100 万条记录约多 8 秒）")
    p.set_defaults(handler=run_check)

    p = subparsers.add_parser("export", help="导出收文、发文登记簿为 Excel（.xlsx）或 CSV")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件，以 .xlsx 或 .csv 结尾")
    p.set_defaults(handler=lambda a: _call(a, "export", a.output))

    p = subparsers.add_parser("import", help="导入登记簿（.xlsx 或 .csv）：逐行检查，有一行不对就全部不导入")
    p.add_argument("file", metavar="FILE", help="导入文件")
    p.set_defaults(handler=lambda a: _call(a, "import_file", a.file))


def _call(args: argparse.Namespace, method: str, *params: Any) -> Any:
    with opened(args) as registry:
        return getattr(registry, method)(*params)


def run_backup(args: argparse.Namespace) -> dict:
    """A verified backup now; refused (exit 2) when it cannot be made or shows the database damaged."""
    from desktop_app.registry import chunkstore

    with opened(args, auto_backup=False) as registry:
        path = registry.backup(args.output)
    if chunkstore.is_manifest(path):  # chunks shared with the other backups: the size it restores
        return {"backup": str(path), "size": chunkstore.read(path).size, "verified": True, "chunked": True}
    return {"backup": str(path), "size": path.stat().st_size, "verified": True}


def run_restore(args: argparse.Namespace) -> dict:
    """Restores into the open database; a database too damaged to open is replaced as a file."""
    from desktop_app.registry import Registry
    from desktop_app.registry.database import UnreadableDatabase
    from desktop_app.registry.engine import is_server

    if is_server(args.db):  # into an empty server database, never over the live one (server_backup.py)
        from pathlib import Path

        from desktop_app.registry import server_backup

        return server_backup.restore(args.db.strip(), Path(args.file))
    try:
        with opened(args, auto_backup=False) as registry:
            return registry.restore(args.file)
    except UnreadableDatabase:
        return Registry.restore_unreadable(args.db, args.file)


def run_check(args: argparse.Namespace) -> dict:
    """Prints the findings; a failed check is reported in the JSON (`ok: false`, `problems`, `hint`)."""
    with opened(args, auto_backup=False) as registry:
        return registry.check(full=args.full)
