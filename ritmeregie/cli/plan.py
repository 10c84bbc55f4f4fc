"""`ritmeregie plan`: the day's plan as text or JSON (the stable shape DESIGN.md names)."""

from __future__ import annotations

import argparse
import json
from zoneinfo import ZoneInfo

from ritmeregie.cli.dates import day_of_args, parse_date
from ritmeregie.cli.plan_output import plan_as_data, print_blocks
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import long_date


def cmd_plan(args: argparse.Namespace) -> int:
    date_text = args.date
    if date_text is not None:
        parse_date(date_text, ZoneInfo("UTC"))  # refuse a bad date before opening anything
    if getattr(args, "week", False):
        from ritmeregie.cli.week import plan_week_command

        return plan_week_command(args)
    from ritmeregie.services.today import plan_for

    with opened_store(args) as store:
        tz = store_timezone(store)
        plan = plan_for(store, day_of_args(store, date_text, tz), tz)
    if args.json:
        print(json.dumps(plan_as_data(plan), ensure_ascii=False, indent=2))
        return 0
    print(f"{long_date(plan.date)} · {plan.timezone}")
    if not plan.blocks:
        print(translate("cli", "Nothing planned: enjoy your day off."))
    print_blocks(plan)
    return 0
