#!/bin/sh
# Puts the desktop entry and the icons where Debian packages put them, so the menu entry and the
# "Open with" for Markdown work on any desktop, and no install step depends on xdg-desktop-menu
# (which installs nothing where /etc/xdg/menus is absent). dpkg's triggers refresh the desktop
# database and the icon cache. Rewrites the .deb jpackage made.
# Usage: desktop-files.sh masthead_*.deb WORK_DIR
set -e
DEB="${1:?usage: desktop-files.sh DEB WORK_DIR}"
ROOT="${2:?usage: desktop-files.sh DEB WORK_DIR}"
HERE="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$ROOT"
dpkg-deb -R "$DEB" "$ROOT"
APPS="$ROOT/usr/share/applications"
mkdir -p "$APPS"
sed -e 's|^Name=APPLICATION_NAME|Name=Masthead|' \
    -e 's|^Comment=APPLICATION_DESCRIPTION|Comment=Editor and previewer for Markdown articles with a YAML front matter|' \
    -e 's|^Exec=APPLICATION_LAUNCHER %f|Exec=/opt/masthead/bin/Masthead %f|' \
    -e 's|^Icon=APPLICATION_ICON|Icon=masthead|' \
    -e 's|^Categories=DEPLOY_BUNDLE_CATEGORY|Categories=Office;TextEditor;|' \
    -e 's|^DESKTOP_MIMES|MimeType=text/markdown;text/x-markdown;|' \
    "$HERE/Masthead.desktop" > "$APPS/masthead-Masthead.desktop"
for size in 16 24 32 48 64 128 256 512; do
  dir="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$HERE/../icons/masthead-$size.png" "$dir/masthead.png"
done
mkdir -p "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp "$HERE/../icons/masthead.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/masthead.svg"
# jpackage's own copies of the entry and icon would be the same files twice.
rm -f "$ROOT"/opt/masthead/lib/masthead-Masthead.desktop "$ROOT"/opt/masthead/lib/Masthead.png
# Installed-Size in KiB, as dpkg counts it.
size="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$ROOT/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -z9 --build "$ROOT" "$DEB" >/dev/null
echo "desktop-files: $(basename "$DEB"): entry and icons in /usr/share; $(du -h "$DEB" | cut -f1)"
