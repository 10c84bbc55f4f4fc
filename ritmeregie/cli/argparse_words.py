"""argparse's own words ("usage:", "options", its error lines) in the user's language.

argparse asks `gettext` for every text it shows, through the module-level names `_` and
`ngettext`. Pointing those at our one catalogue (context "argparse") makes `--help` and every
usage error Dutch for Dutch users without a second translation system. Texts of other Python
versions that are not listed here stay English; the tests name the ones users meet.
"""

from __future__ import annotations

import argparse

from ritmeregie.platform.i18n import translate


def _texts() -> dict[str, str]:
    """argparse's message ids (Python 3.11 to 3.13) and their text in the active language."""
    return {
        "usage: ": translate("argparse", "usage: "),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "optional arguments": translate("argparse", "optional arguments"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "argparse", "one of the arguments %s is required"
        ),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "expected %s argument": translate("argparse", "expected %s argument"),
        "expected %s arguments": translate("argparse", "expected %s arguments"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"
        ),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
        "unexpected option string: %s": translate("argparse", "unexpected option string: %s"),
    }


def argparse_gettext(message: str) -> str:
    return _texts().get(message, message)


def argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return argparse_gettext(singular if count == 1 else plural)


def install() -> None:
    """Let argparse speak the active language (it looks the texts up when it shows them)."""
    setattr(argparse, "_", argparse_gettext)  # noqa: B010 - not in argparse's type stubs
    setattr(argparse, "ngettext", argparse_ngettext)  # noqa: B010 - as above


def whole_number(text: str) -> int:
    """An `int` argument whose refusal is a sentence in the user's language."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("argparse", "'{value}' is not a whole number").format(value=text)
        ) from None
