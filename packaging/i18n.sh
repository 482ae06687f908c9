#!/usr/bin/env bash
# The window's translations: resources/i18n/parley_<lang>.ts are the sources (kept in git),
# parley_<lang>.qm what Parley loads (build output, not in git).
#   packaging/i18n.sh update    extract the window's strings into every .ts (new ones come in
#                               unfinished; strings gone from the code are dropped)
#   packaging/i18n.sh check     fail, listing them, if any string of the code is untranslated,
#                               in a shipped language, or one lupdate cannot see (tr() in an
#                               f-string; translate() with a count in a variable); the .ts files
#                               are left as they are
#   packaging/i18n.sh compile   .ts -> .qm (packaging/dev.sh and packaging/build.sh run this)
# Translate in the .ts files (pyside6-linguist, or any editor); keep to the glossary beside them
# (resources/i18n/GLOSSARY.<lang>.md). The command line is English and is not translated.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN="$ROOT/.venv/bin"
DIR="$ROOT/resources/i18n"
LANGS=(zh_CN es de ja)

say() { printf 'parley-i18n: %s\n' "$*" >&2; }

sources() {
  # The window's Python (everything that may show words); core, audio and the CLI stay English.
  (cd "$ROOT" && find app/shell app/chat app/compare app/history app/settings app/talk app/studio \
    app/widgets app/runtime -name '*.py' | sort)
}

lupdate_into() {  # lupdate_into DIR: refresh the .ts files found in DIR from the code
  local out=$1 files
  mapfile -t files < <(sources)
  (cd "$ROOT" && for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
      -target-language "$lang" "${files[@]}" -ts "$out/parley_$lang.ts"
  done
  # English: only the plural forms ("%n turn(s)" -> "1 turn", "2 turns").
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en \
    -target-language en "${files[@]}" -ts "$out/parley_en.ts")
}

case "${1:-}" in
  update)
    lupdate_into "$DIR"
    "$0" check || true
    ;;
  check)
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    cp "$DIR"/parley_*.ts "$tmp"/
    lupdate_into "$tmp"
    status=0
    "$BIN/python" - "$tmp" "${LANGS[@]}" en <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

folder, langs = Path(sys.argv[1]), sys.argv[2:]
bad = 0
for lang in langs:
    root = ET.parse(folder / f"parley_{lang}.ts").getroot()
    total = unfinished = 0
    for context in root.iter("context"):
        for msg in context.iter("message"):
            total += 1
            tr = msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            texts = [f.text or "" for f in forms] if forms else [tr.text or "" if tr is not None else ""]
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                unfinished += 1
                if unfinished <= 10:
                    name = context.findtext("name")
                    print(f"  {lang}: {name}: {msg.findtext('source')!r}", file=sys.stderr)
    print(f"parley-i18n: {lang}: {total} strings, {unfinished} untranslated", file=sys.stderr)
    bad += unfinished
sys.exit(1 if bad else 0)
PY
    # What lupdate cannot see is never translated, silently: tr() inside an f-string, or
    # QCoreApplication.translate() with a count in a variable. Every literal the code hands to
    # tr/translate/QT_TRANSLATE_NOOP must be in the catalog.
    mapfile -t files < <(sources)
    (cd "$ROOT" && "$BIN/python" - "$tmp/parley_${LANGS[0]}.ts" "${files[@]}") <<'PY' || status=1
import ast
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
known = {m.findtext("source") for m in root.iter("message")}
missing = 0
for path in sys.argv[2:]:
    for node in ast.walk(ast.parse(open(path, encoding="utf-8").read())):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if at is None or len(node.args) <= at:
            continue
        arg = node.args[at]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in known:
            missing += 1
            print(f"  not extracted: {path}:{node.lineno}: {arg.value[:70]!r}", file=sys.stderr)
if missing:
    print(f"parley-i18n: {missing} strings lupdate cannot see (see above)", file=sys.stderr)
sys.exit(1 if missing else 0)
PY
    exit "$status"
    ;;
  compile)
    for ts in "$DIR"/parley_*.ts; do
      "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    ;;
  *)
    say "usage: packaging/i18n.sh update | check | compile"; exit 2 ;;
esac
