#!/usr/bin/env bash
# Build, sign, notarise and package careleaver_app for macOS: a signed .app inside a signed,
# notarised and stapled .pkg that installs it into /Applications.
#
# Run from the repository's folder on a Mac (Apple silicon builds an arm64 app, an Intel Mac an
# x86_64 one; build on each if the council has both) with Xcode's command line tools and
# Python 3.11 from python.org (python3.11 on PATH; PYTHON=python3.12 gets Qt 6.12 and macOS 14+).
# Needs, from the council's Apple Developer account:
#   DEVELOPER_ID_APP        "Developer ID Application: <Council> (<TEAMID>)"  (signs the app)
#   DEVELOPER_ID_INSTALLER  "Developer ID Installer: <Council> (<TEAMID>)"    (signs the .pkg)
#   NOTARY_PROFILE          a notarytool keychain profile, made once with
#                           xcrun notarytool store-credentials careleaver-notary --apple-id … --team-id …
# Optional: CARELEAVER_BUNDLE_ID (default org.example.careleaver-app; use the council's own).
#
# The .app runs on macOS 13 or later with Qt 6.10/6.11 (Python 3.11), 14 or later with Qt 6.12
# (Python 3.12+): the PySide6 wheels' own minimum, written into the app's Info.plist by the spec.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DEVELOPER_ID_APP:?set DEVELOPER_ID_APP to the Developer ID Application identity}"
: "${DEVELOPER_ID_INSTALLER:?set DEVELOPER_ID_INSTALLER to the Developer ID Installer identity}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}"
python=${PYTHON:-python3.11}

# 1. A fresh environment with exactly the locked, hashed packages, then the app itself.
rm -rf build/venv-macos
"$python" -m venv build/venv-macos
py=build/venv-macos/bin/python
"$py" -m pip install --require-hashes -r packaging/requirements-lock.txt
"$py" -m pip install --no-deps --no-build-isolation .
version=$("$py" -c 'import careleaver_app; print(careleaver_app.__version__)')
arch=$(uname -m)

# 2. The frozen app, every binary signed by PyInstaller with the hardened runtime and a secure
#    timestamp (packaging/macos/entitlements.plist), smoke-tested offscreen.
export CARELEAVER_CODESIGN_IDENTITY="$DEVELOPER_ID_APP"
"$py" scripts/build_frozen.py
app=dist/careleaver_app.app
codesign --verify --deep --strict --verbose=2 "$app"
codesign --display --verbose=2 "$app" 2>&1 | grep -q "flags=0x10000(runtime)"  # the hardened runtime is on

# 3. The app notarised by Apple and stapled (so Gatekeeper accepts it offline, wherever it is copied).
ditto -c -k --keepParent "$app" "dist/careleaver_app-$version-$arch.zip"
xcrun notarytool submit "dist/careleaver_app-$version-$arch.zip" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$app"
spctl --assess --type execute --verbose=2 "$app"

# 4. The installer package, signed, notarised and stapled in its turn.
pkg="dist/careleaver_app-$version-macos-$arch.pkg"
productbuild --component "$app" /Applications --sign "$DEVELOPER_ID_INSTALLER" --timestamp "$pkg"
xcrun notarytool submit "$pkg" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$pkg"
xcrun stapler validate "$pkg"
spctl --assess --type install --verbose=2 "$pkg"
echo "Built $pkg"
