#!/bin/sh
# Checks an installed Masthead package the way a writer meets it: the desktop entry (icon, the
# Markdown association, the file argument), the association registered with the system, the
# dictionaries recommended and suggested, and the app starting on a sample under Xvfb until the
# preview is painted, RUNS times, with its start-up times. Needs xvfb-run.
# Usage: check-installed.sh [masthead_*.deb] [RUNS]   (root, to install)
set -e
if [ -n "${1:-}" ] && [ -f "$1" ]; then
  # On a bare system too (no /etc/xdg/menus, no desktop): the entry and icons are package files.
  dpkg -i "$1"
fi
RUNS="${2:-3}"
ENTRY=/usr/share/applications/masthead-Masthead.desktop
fail() { echo "check-installed: $*" >&2; exit 1; }
[ -f "$ENTRY" ] || fail "no menu entry at $ENTRY"
grep -q '^Icon=masthead$' "$ENTRY" || fail "the entry has no Masthead icon"
for size in 16 32 48 256; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/masthead.png" ] || fail "the ${size} px icon is missing"
done
grep -q '^MimeType=text/markdown' "$ENTRY" || fail "the entry is not associated with Markdown"
grep -q '^Exec=/opt/masthead/bin/Masthead %f$' "$ENTRY" || fail "the entry does not pass the file it opens"
# Where the desktop database is kept (desktop-file-utils, on any desktop), dpkg's trigger lists Masthead
# for Markdown; nothing is made the default behind the writer's back.
if command -v update-desktop-database >/dev/null; then
  grep -q '^text/markdown=.*masthead-Masthead.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "Masthead is not listed for text/markdown in the desktop database"
fi
[ -s /opt/masthead/lib/app/masthead.jsa ] || fail "no start-up archive"
dpkg-query -W -f='${Recommends}' masthead | grep -q 'hunspell-en-us' || fail "the package does not recommend hunspell-en-us"
dpkg-query -W -f='${Suggests}' masthead | grep -q 'hunspell-de-de' || fail "the package suggests no other dictionaries"
echo "desktop entry: $(grep -E '^(Icon|MimeType|Exec)=' "$ENTRY" | tr '\n' ' ')"
SAMPLE=/opt/masthead/lib/app/samples/site/articles/reading-the-tide-tables.md
i=0
while [ "$i" -lt "$RUNS" ]; do
  i=$((i + 1))
  HOME_DIR="$(mktemp -d)"
  # A new user each run (Java takes the home from user.home, not $HOME): JavaFX unpacks its libraries anew.
  out="$(HOME="$HOME_DIR" JAVA_TOOL_OPTIONS="-Duser.home=$HOME_DIR -Dmasthead.log.dir=$HOME_DIR/logs -Dprism.order=sw -Dmasthead.exit-after-startup=true -Dmasthead.startup-times=true \
-Dmasthead.prefs=org/masthead/check -Dmasthead.recovery=$HOME_DIR/recovery" \
    timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" /opt/masthead/bin/Masthead "$SAMPLE" 2>&1 || true)"
  rm -rf "$HOME_DIR"
  echo "$out" | grep -q "startup: preview painted" || { echo "$out" >&2; fail "the installed app did not paint the sample"; }
  echo "run $i: $(echo "$out" | grep '^startup:' | tr '\n' ' ')"
  if echo "$out" | grep -q "Unable to use shared archive"; then fail "the start-up archive was not used"; fi
done
echo "check-installed: ok"
