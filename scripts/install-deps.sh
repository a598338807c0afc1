#!/usr/bin/env bash
# Installs the Debian 12 packages Corroborate needs, only those missing. Idempotent: on a machine
# that has them all it does nothing and needs no network.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libicu-dev libuchardet-dev libcld2-dev libsimdjson-dev libcli11-dev zlib1g-dev libbrotli-dev
  libgtest-dev googletest libbenchmark-dev
  wordnet-base  # WordNet 3.0 database: `corroborate train lexicon` (models/lexicon.bin)
)
if [ "${CORROBORATE_FUZZ_DEPS:-0}" = 1 ]; then packages+=(clang libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
