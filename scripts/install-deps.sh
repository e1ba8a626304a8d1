#!/usr/bin/env bash
# Installs the Debian 12 packages Roadmap Tracker needs to build, run and test.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev
    libsqlite3-dev libzip-dev libxlsxwriter-dev libxml2-dev fonts-dejavu-core fonts-liberation2
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(sqlite3 xvfb xauth poppler-utils dpkg-dev desktop-file-utils appstream postgresql libreoffice-writer-nogui libreoffice-calc-nogui)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
