#!/usr/bin/env bash
# The layout test sets the English in two Latin serifs of different widths
# (tests/support/fonts.ts): DejaVu Serif, which Chromium's Debian package
# brings, and Liberation Serif (Times New Roman's metrics). This unpacks
# Debian's fonts-liberation into .test-fonts/ (git-ignored) without
# installing it, so that the other tests keep the system's fonts.
# Needs apt's package lists (apt-get update) and Debian's archive.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.test-fonts/fonts-liberation
[ -f "$dest/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf" ] && exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && apt-get download fonts-liberation >/dev/null 2>&1); then
	apt-get update >/dev/null
	(cd "$tmp" && apt-get download fonts-liberation >/dev/null)
fi
mkdir -p "$dest"
dpkg -x "$tmp"/fonts-liberation_*.deb "$dest"
echo "Liberation Serif unpacked into $dest"
