"""Every word the window shows is translated in every language Parley ships.

``packaging/i18n.sh check`` extracts the window's strings from the code into copies of the .ts
files (pyside6-lupdate, as ``packaging/i18n.sh update`` does) and counts what is left untranslated:
a string added to the code without its translations, or a plural form left empty, fails here.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SHIPPED = ("zh_CN", "es", "de", "ja")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")


def test_lupdate_finds_no_untranslated_string_in_any_shipped_language() -> None:
    if not (ROOT / ".venv" / "bin" / "pyside6-lupdate").exists():
        pytest.skip("no pyside6-lupdate in .venv (packaging/dev.sh test installs it)")
    run = subprocess.run(
        [str(ROOT / "packaging" / "i18n.sh"), "check"],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    report = run.stderr
    for lang in (*SHIPPED, "en"):
        found = re.search(rf"parley-i18n: {lang}: (\d+) strings, (\d+) untranslated", report)
        assert found is not None, report
        total, untranslated = map(int, found.groups())
        assert untranslated == 0, report
        assert total > (400 if lang != "en" else 10), report
    assert run.returncode == 0, report


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_translation_keeps_the_placeholders_and_the_plural_forms(lang: str) -> None:
    """{name} and %n survive translation (else .format() or the count break at run time), and
    a plural message has as many forms as the language has (1 for zh/ja, 2 for es/de)."""
    root = ET.parse(I18N / f"parley_{lang}.ts").getroot()
    forms_wanted = 1 if lang in ("zh_CN", "ja") else 2
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = translation.findall("numerusform")
        texts = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
        if message.get("numerus") == "yes":
            assert len(texts) == forms_wanted, source
        for text in texts:
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )
            if re.search(r"&\w", source):  # a menu or label accelerator stays reachable
                assert re.search(r"&\w", text), (source, text)
            if source.startswith("{model} ("):  # catalog.model_id cuts the note at " ("
                assert text.startswith("{model} ("), (source, text)


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_language_has_its_glossary(lang: str) -> None:
    glossary = (I18N / f"GLOSSARY.{lang}.md").read_text(encoding="utf-8")
    for concept in ("reply", "voice", "model", "conversation", "transcript", "talk mode"):
        assert concept in glossary.lower(), concept
