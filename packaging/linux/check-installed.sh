#!/bin/sh
# Checks an installed Masthead package the way a writer meets it: the desktop entry (icon, the
# Markdown association, the file argument), the association registered with the system, the
# dictionaries recommended and suggested, and the app starting on a sample under Xvfb until the
# preview is painted, RUNS times, with its start-up times. Needs xvfb-run.
# Usage: check-installed.sh [masthead_*.deb] [RUNS]   (root, to install)
set -e
if [ -n "${1:-}" ] && [ -f "$1" ]; then
  # The folders a desktop has for menu entries; a bare system lacks them.
  mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
  dpkg -i "$1"
fi
RUNS="${2:-3}"
ENTRY=/usr/share/applications/masthead-Masthead.desktop
fail() { echo "check-installed: $*" >&2; exit 1; }
[ -f "$ENTRY" ] || fail "no menu entry at $ENTRY"
grep -q '^Icon=/opt/masthead/lib/Masthead.png$' "$ENTRY" || fail "the entry has no Masthead icon"
[ -s /opt/masthead/lib/Masthead.png ] || fail "the icon file is missing"
grep -q '^MimeType=text/markdown' "$ENTRY" || fail "the entry is not associated with Markdown"
grep -q '^Exec=/opt/masthead/bin/Masthead %f$' "$ENTRY" || fail "the entry does not pass the file it opens"
[ "$(xdg-mime query default text/markdown)" = masthead-Masthead.desktop ] || fail "Masthead is not the handler for text/markdown"
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
