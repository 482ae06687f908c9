#!/bin/sh
# Put this Parley bundle in your desktop's menu and on your PATH (for you only, no root needed).
#   ./install.sh              the 'parley' command in ~/.local/bin, Parley in the menu, its icons
#   ./install.sh --uninstall  take them away again (this folder itself stays)
# The bundle runs from where it is: move the folder first if you want it elsewhere, then run this.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
res="$here/_internal/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bindir="$HOME/.local/bin"
app_id=io.github.parley.Parley
sizes="16x16 32x32 48x48 64x64 128x128 256x256"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  rm -f "$data/icons/hicolor/scalable/apps/parley.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/$size/apps/parley.png"; done
  if [ -L "$bindir/parley" ] && [ "$(readlink "$bindir/parley")" = "$here/parley" ]; then
    rm -f "$bindir/parley"
  fi
  refresh
  echo "Parley is no longer in the menu; delete $here to remove it entirely."
  exit 0
fi

if [ ! -x "$here/parley" ] || [ ! -f "$res/$app_id.desktop" ]; then
  echo "install.sh: run it from inside the unpacked Parley folder" >&2
  exit 2
fi

mkdir -p "$bindir" "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
ln -sfn "$here/parley" "$bindir/parley"
cp "$res/icons/hicolor/scalable/apps/parley.svg" "$data/icons/hicolor/scalable/apps/parley.svg"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$res/icons/hicolor/$size/apps/parley.png" "$data/icons/hicolor/$size/apps/parley.png"
done
cp "$res/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
# The menu entry runs this folder's executable by its full path, quoted as the desktop entry
# spec says (quoting rule for " ` $ \, then the string escape for \, and %% for %).
exec_arg=$(printf '%s' "$here/parley" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
try_exec=$(printf '%s' "$here/parley" | sed -e 's/\\/\\\\/g')
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%U\n' "$exec_arg" ;;
    TryExec=*) printf 'TryExec=%s\n' "$try_exec" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$res/$app_id.desktop" >"$data/applications/$app_id.desktop"
refresh
echo "Parley is in your applications menu, and 'parley' runs it from a terminal."
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) echo "($bindir is not on your PATH: add it to use the 'parley' command.)" ;;
esac
