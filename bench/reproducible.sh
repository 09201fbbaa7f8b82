#!/usr/bin/env bash
# Shows that the build is reproducible: builds the working tree twice from clean, in two different
# folders, and compares every jar the two builds made, byte for byte.
#
# Usage: bench/reproducible.sh [extra Maven arguments, e.g. -o]
#   MVN=mvn bench/reproducible.sh   to use an installed Maven instead of ./mvnw
#   KEEP=1 bench/reproducible.sh    to keep the two build folders (printed at the end)
#
# Each build is `-B -q -DskipTests -Prelease package` (the jars, their -sources.jar and -javadoc.jar,
# the shaded bulletin.jar), with the default local repository (~/.m2/repository): nothing is
# installed there, only read (and dependencies downloaded if missing). The files are copied from the
# working tree (tracked files, and new files git does not ignore), so uncommitted changes count.
# Two folders rather than one built twice: a jar that holds an absolute path fails the comparison.
#
# Left out of the comparison: bulletin-examples/target/bulletin.jsa, the class-data-sharing archive
# made by a training run of the command line. It is not a jar nor published; it is a dump of the JVM's
# memory for the exact JVM build that made it (the JVM refuses it under any other), and it holds
# addresses and the jar's modification time, so two runs differ even on one machine. bin/bulletin
# passes it with -Xshare:auto, so a JVM it does not match ignores it.
#
# Exit status: 0 when every jar is identical, 1 when one differs (its differing entries are listed),
# 2 on a build failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mvn_cmd=${MVN:-$root/mvnw}
work=$(mktemp -d /tmp/bulletin-reproducible.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

for build in a b; do
  mkdir -p "$work/$build"
  git ls-files -z --cached --others --exclude-standard \
    | grep -z -v '^node_modules$' \
    | xargs -0 tar -cf - --ignore-failed-read 2>/dev/null \
    | tar -xf - -C "$work/$build"
  echo "build $build in $work/$build"
  if ! (cd "$work/$build" && "$mvn_cmd" -B -q -DskipTests -Prelease "$@" package) \
      > "$work/build-$build.log" 2>&1; then
    echo "reproducible.sh: build $build failed; its log:" >&2
    tail -50 "$work/build-$build.log" >&2
    exit 2
  fi
done

status=0
count=0
while IFS= read -r jar; do
  count=$((count + 1))
  a="$work/a/$jar"
  b="$work/b/$jar"
  if [ ! -f "$b" ]; then
    echo "MISSING in b  $jar"
    status=1
  elif cmp -s "$a" "$b"; then
    echo "identical  $(sha256sum "$a" | cut -c1-16)  $jar"
  else
    echo "DIFFERENT  $jar"
    status=1
    python3 - "$a" "$b" <<'EOF'
import sys, zipfile, hashlib
za, zb = (zipfile.ZipFile(p) for p in sys.argv[1:3])
ia = {i.filename: i for i in za.infolist()}
ib = {i.filename: i for i in zb.infolist()}
for name in sorted(set(ia) | set(ib)):
    if name not in ia or name not in ib:
        print("    only in", "a" if name in ia else "b", name)
        continue
    x, y = ia[name], ib[name]
    if x.date_time != y.date_time:
        print("    time", name, x.date_time, y.date_time)
    elif za.read(name) != zb.read(name):
        print("    content", name)
EOF
  fi
done < <(cd "$work/a" && find . -path ./node_modules -prune -o -path '*/target/*' -name '*.jar' -print \
           | sed 's|^\./||' | sort)

[ "$count" -gt 0 ] || { echo "reproducible.sh: no jars built" >&2; exit 2; }
if [ "$status" -eq 0 ]; then
  echo "all $count jars identical (bulletin.jsa left out: see the script's header)"
else
  echo "some jars differ"
fi
[ -z "${KEEP:-}" ] || echo "kept: $work"
exit "$status"
