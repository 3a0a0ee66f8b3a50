#!/usr/bin/env bash
# Builds Masthead's app image and installer with the JDK's jlink and jpackage (Linux: .deb,
# macOS: .dmg). Run by `mvn -Ppackage package` after the jar and its libraries are in target/.
set -euo pipefail
VERSION="${1:?usage: package.sh VERSION}"
cd "$(dirname "$0")/.."
OS="$(uname -s)"
DIST=target/dist
WORK=target/package-work
APP_NAME=Masthead
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK/input/lib"

# Only the JDK modules Masthead and its libraries use (jdeps over the jars, plus locale data,
# charsets and logging that JavaFX and the date formats reach by reflection).
MODULES=java.base,java.desktop,java.logging,java.management,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$WORK/runtime"

# The jar finds its libraries in lib/ through its manifest; JavaFX's native libraries are inside its jars.
cp target/masthead.jar "$WORK/input/"
cp target/lib/*.jar "$WORK/input/lib/"
# The samples ship beside the jar, so a first start has an article to open.
cp -r samples "$WORK/input/samples"

ARGS=(--name "$APP_NAME" --app-version "$VERSION" --vendor "Masthead"
      --description "Editor and previewer for Markdown articles with a YAML front matter"
      --input "$WORK/input" --main-jar masthead.jar --main-class org.masthead.Launcher
      --runtime-image "$WORK/runtime"
      --java-options "-XX:SharedArchiveFile=\$APPDIR/masthead.jsa" --java-options "-Xshare:auto")
case "$OS" in
  Linux) ARGS+=(--icon packaging/icons/masthead-256.png); IMAGE="$DIST/$APP_NAME"; APPDIR="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/$APP_NAME" ;;
  Darwin) ARGS+=(--icon packaging/icons/masthead.icns); IMAGE="$DIST/$APP_NAME.app"; APPDIR="$IMAGE/Contents/app"; LAUNCHER="$IMAGE/Contents/MacOS/$APP_NAME" ;;
  *) echo "package.sh builds on Linux and macOS; on Windows run packaging/windows/package.ps1" >&2; exit 2 ;;
esac
jpackage --type app-image --dest "$DIST" "${ARGS[@]}"

# AppCDS: start the packaged app once, headless unless there is a display, on a sample until the
# preview is painted, and keep the classes it loaded in an archive the launcher maps at every start.
PROBE_HOME="$WORK/probe"
mkdir -p "$PROBE_HOME"
HEADLESS=""
if [ -z "${DISPLAY:-}" ] && [ "$OS" = Linux ]; then
  HEADLESS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32"
fi
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$APPDIR/masthead.jsa -Dmasthead.exit-after-startup=true -Dmasthead.startup-times=true \
-Dmasthead.prefs=org/masthead/packaging -Dmasthead.recovery=$PROBE_HOME/recovery $HEADLESS" \
  timeout 300 "$LAUNCHER" "$APPDIR/samples/site/articles/reading-the-tide-tables.md" 2>&1 | grep -E "^startup:" || true
if [ ! -s "$APPDIR/masthead.jsa" ]; then
  echo "package.sh: the start-up archive was not written; the app starts without it" >&2
fi

case "$OS" in
  Linux)
    jpackage --type deb --dest "$DIST" --app-image "$IMAGE" --name "$APP_NAME" --app-version "$VERSION" \
      --vendor "Masthead" --description "Editor and previewer for Markdown articles with a YAML front matter" \
      --linux-package-name masthead --linux-deb-maintainer "Masthead <masthead@users.noreply.example>" \
      --linux-menu-group "Office;TextEditor" --linux-app-category editors --linux-shortcut \
      --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6, libfreetype6, libfontconfig1, libpango-1.0-0" \
      --icon packaging/icons/masthead-256.png \
      --file-associations packaging/linux/markdown.properties \
      --resource-dir packaging/linux
    ;;
  Darwin)
    jpackage --type dmg --dest "$DIST" --app-image "$IMAGE" --name "$APP_NAME" --app-version "$VERSION" \
      --mac-package-identifier org.masthead.Masthead --file-associations packaging/macos/markdown.properties
    ;;
esac
ls -l "$DIST"
