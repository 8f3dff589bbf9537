#!/bin/sh
# Regenerates the spoken digits the audio code is assembled from (development time only; the
# server never runs this). Needs Debian's espeak-ng and sox: apt-get install -y espeak-ng sox
# Each clip: one digit in one language, trimmed of silence, 8 kHz mono 16-bit PCM, peak -3 dBFS.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for d in 0 1 2 3 4 5 6 7 8 9; do
  espeak-ng -v ar -s 130 -w "$tmp/ar-$d.wav" "$d"
  espeak-ng -v en-us -s 140 -w "$tmp/en-$d.wav" "$d"
done
for f in "$tmp"/*.wav; do
  sox "$f" -r 8000 -c 1 -b 16 "$(basename "$f")" silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse norm -3
done
