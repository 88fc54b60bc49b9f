"""text_warnings: text that is not English prose is measured, but the report says so."""

from __future__ import annotations

import pytest

from newsread._language import SAMPLE_CHARS, text_warnings

ENGLISH = (
    "The council voted on Monday to keep the harbor road closed until the end of the month, "
    "after engineers found cracks in the old bridge that carries it over the river. Repairs "
    "will cost about $2.4 million, officials said, and crews will start work on Dec. 21.\n\n"
    '"We are not going to take any chances with safety," said the mayor. "It can wait a few '
    'more weeks."\n\nResidents who live near the water were told to expect noise and dust.\n'
)

GERMAN = (
    "Der Gemeinderat hat am Montag beschlossen, die Hafenstraße bis Ende des Monats gesperrt "
    "zu lassen, nachdem Ingenieure Risse in der alten Brücke gefunden hatten. Die Reparatur "
    "soll etwa zwei Millionen Euro kosten. Anwohner müssen mit Lärm und Staub rechnen. "
) * 3
FRENCH = (
    "Le conseil municipal a décidé lundi de garder la route du port fermée jusqu'à la fin du "
    "mois, après que des ingénieurs ont trouvé des fissures dans le vieux pont. Les travaux "
    "coûteront environ deux millions d'euros. Les riverains doivent s'attendre à du bruit. "
) * 3
SPANISH = (
    "El ayuntamiento decidió el lunes mantener cerrada la carretera del puerto hasta final de "
    "mes, después de que los ingenieros encontraran grietas en el viejo puente. Las obras "
    "costarán unos dos millones de euros. Los vecinos deben esperar ruido y polvo. "
) * 3
RUSSIAN = (
    "Городской совет в понедельник решил оставить дорогу к порту закрытой до конца месяца, "
    "после того как инженеры нашли трещины в старом мосту. Ремонт обойдётся примерно в два "
    "миллиона. "
) * 3
CHINESE = "市议会周一决定在本月底之前继续关闭港口道路，因为工程师在旧桥上发现了裂缝。" * 5

NAV = "\n".join(
    ["Home", "News", "Sport", "Weather", "Business", "Politics", "Health", "Science"] * 6
)
TABLE = "\n".join(
    f"{team}\t{w}\t{d}\t{p}"
    for team, w, d, p in [("Rovers", 10, 2, 32), ("United", 9, 4, 31), ("City", 8, 3, 27)] * 6
)
CODE = "\n".join(
    [
        "def total(items):",
        "    result = 0;",
        "    for item in items:",
        "        result += item.price;",
        "    return result;",
        "function f(x) {",
        "  return x * 2;",
        "}",
    ]
    * 4
)
HTML = "<html><body>\n" + "".join(f"<p>{line}</p>\n" for line in ENGLISH.splitlines() if line)
HTML += "</body></html>\n"
NO_PUNCTUATION = " ".join(ENGLISH.replace(".", " ").replace(",", " ").replace('"', "").split())
CAPITALS = ENGLISH.upper()
MOJIBAKE = ENGLISH.replace('"', "\u00e2\u20ac\u0153") + " caf\u00c3\u00a9 it\u00e2\u20ac\u2122s"


def codes(text: str) -> list[str]:
    return [code for code, _ in text_warnings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(ENGLISH, [], id="english prose"),
        pytest.param(ENGLISH * 200, [], id="long english prose"),
        pytest.param(GERMAN, ["not-english"], id="german"),
        pytest.param(FRENCH, ["not-english"], id="french"),
        pytest.param(SPANISH, ["not-english"], id="spanish"),
        pytest.param(RUSSIAN, ["not-english"], id="russian"),
        pytest.param(CHINESE, ["not-english"], id="chinese"),
        pytest.param(CAPITALS, ["all-capitals"], id="all capitals"),
        pytest.param(NO_PUNCTUATION, ["no-sentence-ends"], id="no punctuation"),
        pytest.param(NAV, ["not-english", "no-sentence-ends", "list-like"], id="navigation links"),
        pytest.param(
            TABLE, ["not-english", "no-sentence-ends", "list-like", "table-like"], id="table"
        ),
        pytest.param(CODE, ["list-like", "code-like"], id="code"),
        pytest.param(HTML, ["markup"], id="html"),
        pytest.param(MOJIBAKE, ["mojibake"], id="mojibake"),
        pytest.param("", [], id="empty"),
        pytest.param("   \n\n  ", [], id="whitespace"),
        pytest.param("1234 5678 -- 99.5%", ["no-words"], id="no letters"),
        pytest.param("Storm hits coast", [], id="headline"),
    ],
)
def test_text_warnings(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_messages_name_the_evidence() -> None:
    (code, message), *_ = text_warnings(RUSSIAN)
    assert code == "not-english" and "Cyrillic" in message
    (code, message), *_ = text_warnings(CHINESE)
    assert "Cjk" in message or "CJK" in message.upper()
    assert "%" in dict(text_warnings(GERMAN))["not-english"]


def test_long_text_is_sampled_not_read_whole() -> None:
    text = ENGLISH * (3 * SAMPLE_CHARS // len(ENGLISH))
    assert len(text) > 2 * SAMPLE_CHARS
    assert codes(text) == []
    assert codes(GERMAN * (3 * SAMPLE_CHARS // len(GERMAN))) == ["not-english"]


def test_english_with_a_few_foreign_words_is_english() -> None:
    text = ENGLISH + " The café served crème brûlée; the Москва office said «да»."
    assert codes(text) == []
