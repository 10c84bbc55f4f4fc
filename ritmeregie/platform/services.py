"""Is the desktop around us able to show notifications? Small probes for ``ritmeregie doctor``.

Everything here is lazy and forgiving: an OS-specific module is imported only when asked, and any error
means "not available" instead of an exception.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NOTIFICATIONS_BUS_NAME = "org.freedesktop.Notifications"


def session_bus_configured() -> bool:
    """True when a D-Bus session bus can be reached without dbus auto-launching a new one.

    With no address, libdbus falls back to ``$XDG_RUNTIME_DIR/bus`` and then to ``dbus-launch``, which
    would start a stray bus (and with it an untracked notification daemon).
    """
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime_dir:
        return False
    return Path(runtime_dir, "bus").exists()


def notification_service_available(*, include_activatable: bool = True) -> bool:
    """Is ``org.freedesktop.Notifications`` owned on the session bus (Linux only)?

    With ``include_activatable`` a service the bus would start on the first notification counts too,
    as it does on most desktops before anything was shown.
    """
    if not sys.platform.startswith("linux") or not session_bus_configured():
        return False
    try:
        import dbus

        bus = dbus.SessionBus()
        if bool(bus.name_has_owner(NOTIFICATIONS_BUS_NAME)):
            return True
        if include_activatable:
            return NOTIFICATIONS_BUS_NAME in {str(name) for name in bus.list_activatable_names()}
        return False
    except Exception:
        return False
