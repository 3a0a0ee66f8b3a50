# Builds Masthead's app image and .msi on Windows with the JDK's jlink and jpackage.
# Run by `mvn -Ppackage package` on Windows; needs the WiX Toolset 3 on the PATH for the .msi.
param([Parameter(Mandatory = $true)][string]$Version)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$dist = "target\dist"; $work = "target\package-work"; $name = "Masthead"
Remove-Item -Recurse -Force $dist, $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input\lib", $dist | Out-Null

$modules = "java.base,java.desktop,java.logging,java.management,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$work\runtime"
Copy-Item target\masthead.jar "$work\input\"
Copy-Item target\lib\*.jar "$work\input\lib\"
Copy-Item -Recurse samples "$work\input\samples"

$common = @("--name", $name, "--app-version", $Version, "--vendor", "Masthead",
  "--description", "Editor and previewer for Markdown articles with a YAML front matter")
jpackage --type app-image --dest $dist @common --input "$work\input" --main-jar masthead.jar `
  --main-class org.masthead.Launcher --runtime-image "$work\runtime" --icon packaging\icons\masthead.ico `
  --java-options '-XX:SharedArchiveFile=$APPDIR\masthead.jsa' --java-options "-Xshare:auto"

# AppCDS: one start on a sample until the preview is painted, recording the classes it loads.
$app = "$dist\$name\app"
$env:JAVA_TOOL_OPTIONS = "-XX:ArchiveClassesAtExit=$app\masthead.jsa -Dmasthead.exit-after-startup=true -Dmasthead.prefs=org/masthead/packaging"
& "$dist\$name\$name.exe" "$app\samples\site\articles\reading-the-tide-tables.md" | Out-Null
Remove-Item Env:\JAVA_TOOL_OPTIONS

jpackage --type msi --dest $dist @common --app-image "$dist\$name" --win-menu --win-menu-group Masthead `
  --win-shortcut --win-dir-chooser --win-upgrade-uuid 6b7e1f9e-3c51-4d37-9a0e-5f0b9f1d2a61 `
  --file-associations packaging\windows\markdown.properties
Get-ChildItem $dist
