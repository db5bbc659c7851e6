#!/usr/bin/env bash
# The README's two set-up commands as a newcomer runs them: a plain clone (no ../shared beside
# it), the system Python (Debian's refuses pip installs outside a virtual environment, PEP 668),
# a plain PATH and an empty HOME. Exit 0 when both work; the first may exit 1 (the sample is
# built to show findings), never 2.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$src" "$work/captions"
mkdir "$work/home"
block="$(sed -n '/^```sh$/,/^```$/p' "$src/README.md" | sed '1d;$d')"
first="$(sed -n 1p <<<"$block")"
second="$(sed -n 2p <<<"$block")"
cd "$work/captions"
# CI passes through: under CI, Hypothesis loads its derandomized `ci` profile, so a CI run is
# reproducible here too (a newcomer's run stays random and may find new examples).
fresh() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 ${CI:+CI="$CI"} bash -c "$1"; }
set +e
fresh "$first"
code=$?
set -e
if [ "$code" -gt 1 ]; then
    echo "fresh machine: the README's first command exited $code" >&2
    exit 1
fi
fresh "$second"
echo "fresh machine: both README commands work on a plain clone"
