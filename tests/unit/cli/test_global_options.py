"""--data-dir and --lang work before the command as well as after it (argparse's subcommand copies of
these options once reset them silently, so data went to the default folder)."""

from __future__ import annotations

from pathlib import Path

from conftest import Run


def test_data_dir_before_the_command_is_honoured(cli: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    added = cli("--data-dir", str(elsewhere), "friction", "add", "Printer weigert weer")
    assert added.returncode == 0, added.stderr
    assert (elsewhere / "ritmeregie.sqlite3").is_file()

    listed = cli("--data-dir", str(elsewhere), "friction", "list")
    assert "Printer weigert weer" in listed.stdout
    # The environment's store (RITMEREGIE_HOME) was not touched.
    assert "Printer weigert weer" not in cli("friction", "list").stdout


def test_data_dir_after_the_command_still_works(cli: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "after"
    assert cli("friction", "add", "Koffieautomaat", "--data-dir", str(elsewhere)).returncode == 0
    assert "Koffieautomaat" in cli("friction", "list", "--data-dir", str(elsewhere)).stdout


def test_lang_before_the_command_is_honoured(cli: Run) -> None:
    result = cli("--lang", "nl", "reflect", "--satisfied", "x", "--less", "y",
                 "--differently", "z", "--energy", "9")  # fmt: skip
    assert result.returncode == 1
    assert "Energy" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_export_all_without_a_format_is_json(cli: Run) -> None:
    assert cli("friction", "add", "Scanner te traag").returncode == 0
    result = cli("export", "--all")
    assert result.returncode == 0, result.stderr
    assert '"frictions"' in result.stdout and "Scanner te traag" in result.stdout
