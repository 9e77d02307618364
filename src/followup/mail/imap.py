"""The user's mailbox over IMAP (RFC 3501, with RFC 6154 special-use folders and RFC 4315 UIDPLUS), on
the standard library's ``imaplib`` (imported when a mailbox is opened).

What the other mail features call:

* ``open_mailbox(server, secret)`` → a ``Mailbox`` (a context manager), logged in with a password or an
  XOAUTH2 token (``Server.auth``); every failure is one ``ServerError`` line (wrong password, server
  down, TLS, unknown host, timeout).
* ``Mailbox.special_folders()`` → ``SpecialFolders(drafts, sent)``: by special-use attribute first, then
  by the common names (``DRAFTS_NAMES``, ``SENT_NAMES``).
* ``Mailbox.append_draft(folder, message)`` → the new message's UID in Drafts, flagged ``\\Draft``
  (`followup draft --to-mailbox`); ``Mailbox.append(folder, message, flags)`` for any folder (a copy in
  Sent when the server does not keep one: the outbox).
* ``Mailbox.find_message_id(folder, message_id)`` → the UIDs of messages with that Message-ID (the outbox:
  was a send whose fate is uncertain delivered? sync: was our draft sent?).
* ``Mailbox.fetch_new(folder, uidvalidity, last_uid)`` → ``Fetched``: the messages after ``last_uid``
  with their raw bytes, and the folder's current UIDVALIDITY; when it differs from the one remembered,
  ``rescan`` is True and every message of the folder is returned (its old UIDs mean nothing any more),
  so a sync starts the folder afresh instead of skipping or duplicating (issue 10, item 4).

Folder names are the server's own (modified UTF-7 on the wire, RFC 3501 5.1.3); ``Folder.display``
decodes them for people.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from followup.core.errors import InvalidInput
from followup.mail.servers import Server, ServerError, failure, refused_login, xoauth2_string

if TYPE_CHECKING:
    import imaplib

# Common names of the two folders, for servers without special-use attributes (compared without case).
DRAFTS_NAMES = (
    "Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "Draft",
    "Brouillons",
    "INBOX.Brouillons",
    "Entwürfe",
    "Borradores",
    "Bozze",
    "Concepten",
)
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "Éléments envoyés",
    "Envoyés",
    "Messages envoyés",
    "Gesendet",
    "Gesendete Objekte",
    "Enviados",
    "Posta inviata",
    "Verzonden",
)
FETCH_BATCH = 200  # messages per UID FETCH: one round trip each, answers of bounded size
_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delimiter>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$')
_MESSAGE_ID = re.compile(r"^<[^<>\s\"\\]+>$")


@dataclass(frozen=True)
class Folder:
    name: str  # as the server names it (modified UTF-7), for commands
    flags: tuple[str, ...]  # \HasNoChildren, \Drafts, \Sent, \Noselect...

    @property
    def display(self) -> str:
        return decode_folder_name(self.name)


@dataclass(frozen=True)
class SpecialFolders:
    drafts: str | None
    sent: str | None


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes


@dataclass(frozen=True)
class Fetched:
    """What ``fetch_new`` found: the folder's UIDVALIDITY now, whether it changed (``rescan``: forget what
    was remembered of this folder, these are all its messages), the messages by UID, and the highest UID
    seen (remember it with ``uidvalidity`` for the next call)."""

    folder: str
    uidvalidity: int
    rescan: bool
    messages: tuple[FetchedMessage, ...]
    last_uid: int


def open_mailbox(server: Server, secret: str) -> Mailbox:
    """Connect to ``server`` and log in with ``secret`` (a password, or an XOAUTH2 access token)."""
    import imaplib

    server.check("--imap")
    try:
        if server.security == "tls":
            connection: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                server.host, server.port, ssl_context=server.tls_context(), timeout=server.timeout
            )
        else:
            connection = imaplib.IMAP4(server.host, server.port, timeout=server.timeout)
            if server.security == "starttls":
                if "STARTTLS" not in connection.capabilities:
                    connection.shutdown()
                    raise ServerError(f"{server.label}: the server does not offer STARTTLS", "tls")
                connection.starttls(server.tls_context())
    except (OSError, imaplib.IMAP4.error, EOFError, UnicodeError) as error:
        raise failure(server, error) from None
    mailbox = Mailbox(server, connection)
    mailbox._login(secret)
    return mailbox


class Mailbox:
    """A logged-in IMAP connection; close it (or use ``with``)."""

    def __init__(self, server: Server, connection: imaplib.IMAP4) -> None:
        self.server = server
        self._connection = connection

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the connection may be gone already; closing must not raise
            self._connection.logout()

    def _login(self, secret: str) -> None:
        import imaplib

        try:
            if self.server.auth == "xoauth2":
                blob = xoauth2_string(self.server.user, secret).encode()
                # A refusing server sends a challenge with details and waits for an empty answer.
                self._connection.authenticate("XOAUTH2", lambda challenge: b"" if challenge else blob)
            else:
                self._connection.login(self.server.user, secret)
        except imaplib.IMAP4.error:
            self.close()
            raise refused_login(self.server) from None
        except (OSError, EOFError) as error:
            self.close()
            raise failure(self.server, error) from None

    def _run(self, command: str, *args: Any) -> list[Any]:
        """One command's data; a NO or BAD answer or a broken connection is a ``ServerError``."""
        import imaplib

        try:
            typ, data = getattr(self._connection, command)(*args)
        except imaplib.IMAP4.error as error:
            raise ServerError(
                f"{self.server.label}: {command.upper()} failed ({_text(error)})", "protocol"
            ) from None
        except (OSError, EOFError) as error:
            raise failure(self.server, error) from None
        if typ != "OK":
            raise ServerError(f"{self.server.label}: {command.upper()} failed ({_text(data)})", "protocol")
        return list(data)

    def _uid(self, command: str, *args: str) -> list[Any]:
        return self._run("uid", command, *args)

    # --- folders ---------------------------------------------------------------------------------------

    def folders(self) -> list[Folder]:
        found = []
        data = self._run("list", '""', "*")
        items = iter(data)
        for item in items:
            if isinstance(item, tuple):  # a name sent as a literal: ("(flags) "/" {n}", name)
                head, literal = item
                parsed = _LIST_LINE.match(head.rstrip(b"{0123456789}").rstrip() + b" x")
                if parsed:
                    found.append(Folder(literal.decode("ascii", "replace"), _flags(parsed["flags"])))
                continue
            if not isinstance(item, bytes):
                continue
            parsed = _LIST_LINE.match(item)
            if parsed:
                found.append(Folder(_unquote(parsed["name"]), _flags(parsed["flags"])))
        return found

    def special_folders(self) -> SpecialFolders:
        """Drafts and Sent: by special use (RFC 6154), else by their common names, else None."""
        folders = [
            f for f in self.folders() if "\\Noselect" not in f.flags and "\\NonExistent" not in f.flags
        ]
        return SpecialFolders(
            _special(folders, "\\Drafts", DRAFTS_NAMES), _special(folders, "\\Sent", SENT_NAMES)
        )

    # --- writing ------------------------------------------------------------------------------------

    def append(
        self, folder: str, message: bytes, flags: tuple[str, ...] = (), when: dt.datetime | None = None
    ) -> int | None:
        """Put ``message`` into ``folder`` with ``flags``; its UID there (None from a server without
        UIDPLUS: find it by its Message-ID)."""
        import imaplib

        moment = imaplib.Time2Internaldate(when) if when is not None else None
        data = self._run("append", quote(folder), f"({' '.join(flags)})" if flags else None, moment, message)
        found = re.search(rb"APPENDUID \d+ (\d+)", b" ".join(d for d in data if isinstance(d, bytes)))
        return int(found[1]) if found else None

    def append_draft(self, folder: str, message: bytes, when: dt.datetime | None = None) -> int | None:
        """``message`` into the Drafts folder ``folder``, flagged ``\\Draft`` (and ``\\Seen``: the user
        wrote it), for the user to send from their own mail program; its UID."""
        uid = self.append(folder, message, ("\\Draft", "\\Seen"), when)
        if uid is None:
            message_id = _header(message, b"Message-ID")
            if message_id and _MESSAGE_ID.match(message_id):
                uids = self.find_message_id(folder, message_id)
                uid = uids[-1] if uids else None
        return uid

    # --- reading -------------------------------------------------------------------------------------

    def select(self, folder: str) -> int:
        """Open ``folder`` read-only (nothing is marked seen); its UIDVALIDITY."""
        self._run("select", quote(folder), True)
        _, data = self._connection.response("UIDVALIDITY")
        try:
            return int(data[-1]) if data and data[-1] else 0
        except (TypeError, ValueError):
            return 0

    def find_message_id(self, folder: str, message_id: str) -> list[int]:
        """The UIDs of the messages in ``folder`` whose Message-ID header is ``message_id`` (with its angle
        brackets, as we assigned it)."""
        if not _MESSAGE_ID.match(message_id):
            raise InvalidInput("Message-ID", "<local@domain> without spaces or quotes", message_id)
        self.select(folder)
        data = self._uid("search", "HEADER", "Message-ID", quote(message_id))
        return sorted(int(u) for u in b" ".join(d for d in data if isinstance(d, bytes)).split())

    def fetch_new(self, folder: str, uidvalidity: int | None, last_uid: int) -> Fetched:
        """The messages of ``folder`` after ``last_uid`` when its UIDVALIDITY is still ``uidvalidity``; all
        of them, with ``rescan`` True, when it changed (or ``uidvalidity`` is None: never read before)."""
        current = self.select(folder)
        rescan = uidvalidity is None or current != uidvalidity
        after = 0 if rescan else last_uid
        data = self._uid("search", "UID", f"{after + 1}:*")
        # "N:*" always names the last message, even when its UID is below N: keep only the new ones
        uids = sorted(u for u in (int(x) for x in b" ".join(d for d in data if d).split()) if u > after)
        messages = list(self._fetch(uids))
        return Fetched(
            folder, current, rescan and uidvalidity is not None, tuple(messages), max([after, *uids])
        )

    def _fetch(self, uids: list[int]) -> Iterator[FetchedMessage]:
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            data = self._uid("fetch", ",".join(map(str, batch)), "(UID BODY.PEEK[])")
            found: dict[int, bytes] = {}
            for item in data:
                if isinstance(item, tuple) and len(item) == 2:
                    uid = re.search(rb"UID (\d+)", item[0])
                    if uid:
                        found[int(uid[1])] = item[1]
            for uid_ in batch:
                if uid_ in found:  # a message expunged meanwhile is simply not there
                    yield FetchedMessage(uid_, found[uid_])


def quote(text: str) -> str:
    """An IMAP quoted string (folder names, search keys): backslashes and quotes escaped; line breaks,
    which would start a new command, refused."""
    if "\r" in text or "\n" in text or "\x00" in text:
        raise InvalidInput("folder", "a name without line breaks", text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(raw: bytes) -> str:
    text = raw.decode("ascii", "replace")
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def _flags(raw: bytes) -> tuple[str, ...]:
    return tuple(raw.decode("ascii", "replace").split())


def _special(folders: list[Folder], attribute: str, names: tuple[str, ...]) -> str | None:
    for folder in folders:
        if any(flag.lower() == attribute.lower() for flag in folder.flags):
            return folder.name
    by_name = {f.display.casefold(): f.name for f in folders}
    for name in names:
        if name.casefold() in by_name:
            return by_name[name.casefold()]
    return None


def _header(message: bytes, name: bytes) -> str:
    head = message.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = re.search(rb"(?im)^" + re.escape(name) + rb":\s*(\S+)", head)
    return found[1].decode("ascii", "replace") if found else ""


def _text(value: object) -> str:
    if isinstance(value, list):
        value = b" ".join(v for v in value if isinstance(v, bytes))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join(str(value).split())[:200]


def decode_folder_name(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (``Entw&APw-rfe``) as people read it (``Entwürfe``)."""
    out, i = [], 0
    while i < len(name):
        if name[i] == "&":
            end = name.find("-", i)
            if end == -1:
                return name
            chunk = name[i + 1 : end]
            if not chunk:
                out.append("&")
            else:
                padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
                try:
                    out.append(base64.b64decode(padded).decode("utf-16-be"))
                except ValueError:
                    return name
            i = end + 1
        else:
            out.append(name[i])
            i += 1
    return "".join(out)
