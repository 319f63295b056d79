"""`docroute` subcommands for an office on a PostgreSQL server (docs/server.md, contracts/cli.md "Several
PCs, one registry"): `migrate-to` (a PC's file onto an empty server database), `use` (which database
this PC opens, the twin of 设置 → 数据与备份), and `user add` (a clerk's own sign-in on the server)."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import Hint, InputError, RefusedError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("migrate-to", help="把本机数据库文件迁移到数据库服务器上的空数据库（一次事务，迁移后逐项核对）",
                              description="把 --db 指定的本机数据库文件（默认：本机数据库）完整复制到服务器上的空数据库，"
                                          "核对每个表的行数、全部文号、公文记录和用印登记簿末条校验值后才提交；"
                                          "附件、扫描件和归档文件复制到 --files 指定的共享文件夹。")
    p.add_argument("url", metavar="URL", help="服务器上的空数据库：postgresql://用户名@服务器:端口/数据库名")
    p.add_argument("--files", metavar="DIR", help="服务器的共享文件夹（存放附件、扫描件和归档文件）")
    p.set_defaults(handler=run_migrate_to)

    p = subparsers.add_parser("use", help="设置本机默认打开的数据库（本机文件或数据库服务器），与“设置 → 数据与备份”相同",
                              description="不带参数时显示本机当前的选择。")
    p.add_argument("location", nargs="?", metavar="FILE|URL", help="数据库文件路径，或 postgresql://用户名@服务器:端口/数据库名")
    p.add_argument("--files", metavar="DIR", help="数据库服务器的共享文件夹在本机的路径")
    p.add_argument("--default", action="store_true", help="改回用户数据目录中的默认数据库文件")
    p.set_defaults(handler=run_use)

    user = subparsers.add_parser("user", help="数据库服务器的用户（每位文书人员一个，只读用户只能查询和打印）")
    users = user.add_subparsers(dest="user_command", metavar="操作", required=True)
    p = users.add_parser("add", help="添加一位用户（需以数据库所有者登录）")
    p.add_argument("name", metavar="NAME", help="用户名（字母开头，只含字母、数字和下划线），例如 zhangsan")
    p.add_argument("--read-only", action="store_true", help="只读用户：可以查询、查看、打印和导出，不能登记或修改")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取该用户的密码（不带此项时在终端提示输入）")
    p.set_defaults(handler=run_user_add)


def run_migrate_to(args: argparse.Namespace) -> dict:
    from desktop_app.registry import Registry
    from desktop_app.registry.engine import is_server
    from desktop_app.registry.location import files_folder
    from desktop_app.registry.migrate_to import migrate_to

    if not is_server(args.url):
        raise InputError("url", f"“{args.url}”不是数据库服务器地址", "格式为 postgresql://用户名@服务器:端口/数据库名")
    if args.db and is_server(args.db):
        raise InputError("--db", "migrate-to 的来源必须是本机数据库文件", "请在 --db 后写要迁移的 .sqlite 文件")
    files = Path(args.files).expanduser() if args.files else files_folder(args.url)
    with Registry.open(args.db, auto_backup=False) as source:
        if source.engine != "sqlite":
            raise InputError("--db", "migrate-to 的来源必须是本机数据库文件", "请用 --db 指定要迁移的 .sqlite 文件")
        if files is None and _has_files(Path(source.path).parent):
            raise RefusedError("本机数据库旁有附件、扫描件或归档文件，但没有指定服务器的共享文件夹，没有迁移",
                               "请用 --files 指定共享文件夹（docs/server.md），文件会一并复制过去")
        return migrate_to(source, args.url, files)


def _has_files(folder: Path) -> bool:
    from desktop_app.registry.migrate_to import FOLDERS

    return any((folder / name).is_dir() and any(p.is_file() for p in (folder / name).rglob("*")) for name in FOLDERS)


def run_use(args: argparse.Namespace) -> dict:
    from desktop_app.registry import location

    if args.default:
        return location.save(location.Choice()).to_json()
    if args.location is None and args.files is None:
        return location.chosen().to_json()
    current = location.chosen()
    database = args.location if args.location is not None else current.database
    if database and not location.is_server(database):
        database = str(Path(database).expanduser().resolve())
    files = args.files if args.files is not None else (current.files if database == current.database else "")
    return location.save(location.Choice(database, files)).to_json()


def run_user_add(args: argparse.Namespace) -> dict:
    from desktop_app.cli.registry import opened
    from desktop_app.registry import server

    password = _password(args)
    with opened(args, auto_backup=False) as registry:
        if registry.engine == "sqlite":
            raise RefusedError("本机数据库文件没有用户：审计日志记录的是电脑的登录用户",
                               Hint("用户只用于数据库服务器：--db postgresql://…", "用户只用于数据库服务器"))
        return server.add_user(registry.db, args.name, password, read_only=args.read_only)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        text = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        text = getpass.getpass(f"用户 {args.name} 的密码：")
        if text != getpass.getpass("再输入一遍：") and text:
            raise InputError("password", "两次输入的密码不一致", "请重新运行并输入相同的密码")
    else:
        raise InputError("password", "没有给出密码", "请用 --password-stdin 从标准输入传入密码，或在终端中运行")
    if not text:
        raise InputError("password", "密码不能为空", "请输入密码")
    return text
