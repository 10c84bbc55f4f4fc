"""The invite's decision line (issue 16): the question (Dutch, English, or her own wording) or a
line starting with Besluit/Beslissing/Decision; the question alone takes the next line along."""

from ritmeregie.domain.decision_line import decision_line


def test_the_question_takes_the_decision_under_it() -> None:
    text = "Welke beslissing moet hier vandaag genomen worden?\nBudget 2027 vaststellen\n\nAgenda:"
    assert decision_line(text) == (
        "Welke beslissing moet hier vandaag genomen worden? Budget 2027 vaststellen"
    )


def test_lines_starting_with_the_words_count_in_any_case() -> None:
    assert decision_line("Agenda\n- besluit: wie notuleert") == "besluit: wie notuleert"
    assert decision_line("Decision: hire the office manager") == "Decision: hire the office manager"
    assert decision_line("Beslissing nodig over de heidag") == "Beslissing nodig over de heidag"


def test_html_from_google_is_read_as_lines() -> None:
    text = "Agenda:<br>1. Cijfers<br><b>Besluit</b>: cijfers Q4 goedkeuren"
    assert decision_line(text) == "Besluit: cijfers Q4 goedkeuren"


def test_her_own_wording_and_the_english_question() -> None:
    assert decision_line("Wat besluiten we vandaag?\nDe planning", ["Wat besluiten we vandaag?"])
    assert decision_line("What decision must be taken here today? Go/no-go") == (
        "What decision must be taken here today? Go/no-go"
    )


def test_no_decision_line() -> None:
    assert decision_line("") is None
    assert decision_line("Microsoft Teams-vergadering\nDeelnemen op uw computer") is None
    assert decision_line("Besluiten van vorige week nalopen") is None  # not "Besluit"


def test_html_entities_are_read_as_text() -> None:
    text = "<p>Besluit:&nbsp;A &amp; B, &quot;project X&quot;</p><p>Groet</p>"
    assert decision_line(text) == 'Besluit: A & B, "project X"'
