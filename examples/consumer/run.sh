#!/usr/bin/env bash
# Builds and runs the consumer example as another team would: installs the library from this
# working tree into a private local Maven repository, then builds examples/consumer against it
# (through the BOM, with dependencyConvergence on) and renders its bulletin into
# examples/consumer/target/water-safety/ as HTML, Easy Read DOCX and PDF.
#
# Usage: examples/consumer/run.sh [extra Maven arguments, e.g. -o]
#   CONSUMER_M2=/path  the private local repository (default /tmp/bulletin-consumer-m2)
#   MVN=mvn            an installed Maven instead of ./mvnw
#
# ~/.m2/repository is only read: the private repository starts as a copy of it (so that nothing is
# downloaded again), and the library is installed there, never into ~/.m2, whose snapshots other
# builds on this machine may rely on. The library's own artifacts are removed from the copy first, so
# that the example can only build against what this run installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo=${CONSUMER_M2:-/tmp/bulletin-consumer-m2}
mvn_cmd=${MVN:-$root/mvnw}

if [ ! -d "$repo" ]; then
  mkdir -p "$(dirname "$repo")"
  if [ -d "$HOME/.m2/repository" ]; then
    echo "seeding $repo from ~/.m2/repository"
    cp -a "$HOME/.m2/repository" "$repo.partial"
    mv "$repo.partial" "$repo"
  else
    mkdir -p "$repo"
  fi
fi
rm -rf "$repo/org/safeguarding/bulletin"

echo "installing the library into $repo"
(cd "$root" && "$mvn_cmd" -B -q -DskipTests -Dmaven.repo.local="$repo" "$@" install)

echo "building and running examples/consumer"
rm -rf "$here/target"
"$mvn_cmd" -B -q -f "$here/pom.xml" -Dmaven.repo.local="$repo" "$@" package exec:java

out=$here/target/water-safety
for file in keeping-children-safe-near-water.html keeping-children-safe-near-water-easy-read.docx \
            keeping-children-safe-near-water.pdf; do
  [ -s "$out/$file" ] || { echo "run.sh: $out/$file was not made" >&2; exit 1; }
done
echo "ok: the consumer example rendered its bulletin into $out"
