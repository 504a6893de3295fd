#!/usr/bin/env bash
# Installs the Debian 12 packages factcheck builds and tests with, when any is
# missing: quiet and quick when all are present. Uses sudo when not root.
set -euo pipefail

packages=(
  bazel-bootstrap
  chromium
  g++
  clang-14
  clang-format
  iso-codes
  libabsl-dev
  libbenchmark-dev
  libcivetweb-dev
  libclang-rt-14-dev
  libgeonames0
  libgmock-dev
  libgrpc++-dev
  libgtest-dev
  libjemalloc-dev
  libpq-dev
  libprotobuf-dev
  librocksdb-dev
  libssl-dev
  nghttp2-client
  openssl
  postgresql-15
  protobuf-compiler
  protobuf-compiler-grpc
  python3
  python3-grpcio
  python3-protobuf
)

# The Node client's tests need node and npm: Debian's nodejs and npm unless
# a node with its npm is already installed (NodeSource's bundles npm).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "factcheck: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
