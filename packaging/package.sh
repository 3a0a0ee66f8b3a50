#!/usr/bin/env bash
# Builds Masthead's app image and installer with the JDK's jlink and jpackage (Linux: .deb,
# macOS: .dmg). Run by `mvn -Ppackage package` after the jar and its libraries are in target/.
set -euo pipefail
VERSION="${1:?usage: package.sh VERSION [--check]}"
# --check (run by mvn verify): only the app image, in target/dist-check, started headless on a
# sample far enough to render it, so packaging cannot rot unnoticed.
CHECK="${2:-}"
cd "$(dirname "$0")/.."
OS="$(uname -s)"
DIST=target/dist
WORK=target/package-work
if [ "$CHECK" = --check ]; then DIST=target/dist-check; WORK=target/package-check-work; fi
APP_NAME=Masthead
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK/input/lib"

# Only the JDK modules Masthead and its libraries use (jdeps over the jars, plus locale data,
# charsets and logging that JavaFX and the date formats reach by reflection; jdk.net checks who
# sends a hand-over), with the base CDS archive that the start-up archive below builds on.
MODULES=java.base,java.desktop,java.logging,java.management,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.net,jdk.unsupported,jdk.xml.dom,jdk.zipfs
# The modules are left uncompressed: the installer's xz packs them to about 24 MB where zip-compressed
# ones stay about 41 MB, and the JVM reads them without inflating. The base archive for heaps over
# 32 GB (no compressed pointers) is left out: such a JVM starts without CDS.
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=0 --generate-cds-archive \
  --output "$WORK/runtime"
rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"

# The jar finds its libraries in lib/ through its manifest. JavaFX's native libraries come out of its
# jars into native/, found through java.library.path: stored once, unpacked (xz packs WebKit's 121 MB
# to 30 MB, where the jar's deflate leaves 46 MB), and never copied into the user's home at start.
cp target/masthead.jar "$WORK/input/"
cp target/lib/*.jar "$WORK/input/lib/"
mkdir -p "$WORK/input/native"
for jar in "$WORK"/input/lib/javafx-*.jar; do
  if unzip -Z1 "$jar" | grep '\.so$' >/dev/null; then  # not -q: with pipefail, unzip would die of SIGPIPE
    unzip -q -o -j "$jar" '*.so' -d "$WORK/input/native"
    zip -q -d "$jar" '*.so'
  fi
done
# The samples ship beside the jar, so a first start has an article to open.
cp -r samples "$WORK/input/samples"
[ "$OS" = Linux ] && cp packaging/linux/make-startup-archive.sh "$WORK/input/"

ARGS=(--name "$APP_NAME" --app-version "$VERSION" --vendor "Masthead"
      --description "Editor and previewer for Markdown articles with a YAML front matter"
      --input "$WORK/input" --main-jar masthead.jar --main-class org.masthead.Launcher
      --runtime-image "$WORK/runtime"
      --java-options "-XX:SharedArchiveFile=\$APPDIR/masthead.jsa" --java-options "-Xshare:auto"
      --java-options "-Djava.library.path=\$APPDIR/native")
case "$OS" in
  Linux) ARGS+=(--icon packaging/icons/masthead-256.png); IMAGE="$DIST/$APP_NAME"; APPDIR="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/$APP_NAME" ;;
  Darwin) ARGS+=(--icon packaging/icons/masthead.icns); IMAGE="$DIST/$APP_NAME.app"; APPDIR="$IMAGE/Contents/app"; LAUNCHER="$IMAGE/Contents/MacOS/$APP_NAME" ;;
  *) echo "package.sh builds on Linux and macOS; on Windows run packaging/windows/package.ps1" >&2; exit 2 ;;
esac
jpackage --type app-image --dest "$DIST" "${ARGS[@]}"

if [ "$CHECK" = --check ]; then
  # The packaged launcher renders a sample's cards headless: the runtime holds what JavaFX, WebKit
  # and the WebP reader need, and the app starts from the image as installed.
  JAVA_TOOL_OPTIONS="-Duser.home=$WORK -Dmasthead.log.dir=$WORK/logs" "$LAUNCHER" cards samples/site/articles/reading-the-tide-tables.md -o "$WORK/cards"
  count="$(ls "$WORK/cards"/*.png | wc -l)"
  [ "$count" -eq 12 ] || { echo "package.sh --check: the packaged app rendered $count cards, not 12" >&2; exit 1; }
  echo "package.sh --check: the app image starts and renders a sample ($count cards)"
  exit 0
fi

# AppCDS: the packaged app starts once on a sample until the preview is painted, recording the
# classes it loads. The archive is only valid where it was made, so the .deb makes its own after
# installing (postinst) and ships without this one.
if [ "$OS" = Linux ]; then
  packaging/linux/make-startup-archive.sh "$IMAGE"
  DEB_IMAGE="$WORK/deb-image/$APP_NAME"
  mkdir -p "$WORK/deb-image"
  cp -a "$IMAGE" "$DEB_IMAGE"
  rm -f "$DEB_IMAGE/lib/app/masthead.jsa"
fi

case "$OS" in
  Linux)
    jpackage --type deb --dest "$DIST" --app-image "$DEB_IMAGE" --name "$APP_NAME" --app-version "$VERSION" \
      --vendor "Masthead" --description "Editor and previewer for Markdown articles with a YAML front matter" \
      --linux-package-name masthead --linux-deb-maintainer masthead@users.noreply.example \
      --linux-menu-group "Office;TextEditor" --linux-app-category editors \
      --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libfontconfig1, libpango-1.0-0" \
      --icon packaging/icons/masthead-256.png \
      --resource-dir packaging/linux --verbose 2>&1 | grep -iE "custom|resource|error|warning" || true
    packaging/linux/desktop-files.sh "$DIST"/masthead_*.deb "$WORK/deb-root"
    ;;
  Darwin)
    jpackage --type dmg --dest "$DIST" --app-image "$IMAGE" --name "$APP_NAME" --app-version "$VERSION" \
      --mac-package-identifier org.masthead.Masthead --file-associations packaging/macos/markdown.properties
    ;;
esac
ls -l "$DIST"
