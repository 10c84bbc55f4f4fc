"""CalDAV passwords in the system keychain (Windows Credential Manager, macOS Keychain, Secret
Service) through `keyring`; never in the store, never in a log.

`RITMEREGIE_CALDAV_PASSWORD`, when set, is used instead (scripts, tests, a machine without a
keychain); so is a password given on standard input for the one command.
"""

from __future__ import annotations

import logging
import os
from types import ModuleType

from ritmeregie.platform.i18n import translate

log = logging.getLogger("ritmeregie.platform")

SERVICE = "ritmeregie-caldav"
PASSWORD_ENV = "RITMEREGIE_CALDAV_PASSWORD"


class NoKeychainError(Exception):
    """There is no usable keychain on this system (the message says what to do instead)."""


def _key(account: str, username: str) -> str:
    return f"{account}:{username}"


def _keyring() -> ModuleType:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__name__ == "NullKeyring":
        raise NoKeychainError(
            translate(
                "CalDAV",
                "No keychain was found on this system; give the password with "
                "--password-stdin each time (or set {variable}).",
            ).format(variable=PASSWORD_ENV)
        )
    return keyring


def store_password(account: str, username: str, password: str) -> None:
    from keyring.errors import KeyringError

    ring = _keyring()
    try:
        ring.set_password(SERVICE, _key(account, username), password)
    except KeyringError as exc:
        raise NoKeychainError(
            translate(
                "CalDAV",
                "The keychain refused the password ({error}); give it with "
                "--password-stdin each time (or set {variable}).",
            ).format(error=type(exc).__name__, variable=PASSWORD_ENV)
        ) from None


def password_for(account: str, username: str) -> str | None:
    """The environment's password, else the keychain's, else None."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    from keyring.errors import KeyringError

    try:
        found = _keyring().get_password(SERVICE, _key(account, username))
    except (NoKeychainError, KeyringError) as exc:
        log.info("no password from the keychain for %s: %s", account, type(exc).__name__)
        return None
    return str(found) if found is not None else None


def forget_password(account: str, username: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _keyring().delete_password(SERVICE, _key(account, username))
    except (NoKeychainError, PasswordDeleteError, KeyringError):
        log.info("no stored password to forget for %s", account)
