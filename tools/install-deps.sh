#!/usr/bin/env bash
# Installs the Debian packages gosub needs, if any is missing.
# Used by `make demo` and `make test`; safe to run again (it only asks
# apt-get for what dpkg says is not installed).
set -euo pipefail

packages=(
	gcc make flex bison nasm binutils check pkg-config
	gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross
	qemu-user graphviz
)
# `make fuzz` also needs clang and its libFuzzer runtime.
if [ "${1:-}" = "--fuzz" ]; then
	packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	sudo=sudo
	command -v sudo >/dev/null || { echo "run as root, or install: ${missing[*]}" >&2; exit 1; }
else
	sudo=
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
