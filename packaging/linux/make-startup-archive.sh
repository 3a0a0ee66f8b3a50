#!/bin/sh
# Records the classes a start of Masthead loads into an AppCDS archive that the launcher maps at
# every start (lib/app/masthead.jsa). The JVM uses such an archive only where it was made, so this
# runs where the app lives: at packaging time for the app image, after installing for the .deb.
# Usage: make-startup-archive.sh APP_IMAGE_ROOT   (the folder holding bin/ and lib/)
set -e
ROOT="${1:?usage: make-startup-archive.sh APP_IMAGE_ROOT}"
APP="$ROOT/lib/app"
CFG="$APP/Masthead.cfg"
TMP="$(mktemp -d)"
trap 'cp "$TMP/launcher.cfg" "$CFG" 2>/dev/null || true; rm -rf "$TMP"' EXIT
rm -f "$APP/masthead.jsa"
# The launcher's own option names the archive not yet written; it is left out for this one run.
cp "$CFG" "$TMP/launcher.cfg"
grep -v -- "-XX:SharedArchiveFile" "$TMP/launcher.cfg" > "$CFG"
HEADLESS=""
if [ -z "${DISPLAY:-}" ]; then
  HEADLESS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32"
fi
# A throwaway home (Java takes it from user.home, not $HOME): JavaFX unpacks its native libraries
# there, and no one's preferences or recovery drafts are touched.
HOME="$TMP" JAVA_TOOL_OPTIONS="-Duser.home=$TMP -XX:ArchiveClassesAtExit=$APP/masthead.jsa -Dmasthead.exit-after-startup=true \
-Dmasthead.startup-times=true -Dmasthead.prefs=org/masthead/packaging -Dmasthead.recovery=$TMP/recovery $HEADLESS" \
  timeout 300 "$ROOT/bin/Masthead" "$APP/samples/site/articles/reading-the-tide-tables.md" 2>&1 | grep "^startup:" || true
if [ -s "$APP/masthead.jsa" ]; then
  echo "Masthead: start-up archive written ($APP/masthead.jsa)"
else
  echo "Masthead: the start-up archive could not be written; Masthead starts without it" >&2
fi
