#!/usr/bin/env bash
# Times `cuecard import BIG.apkg -o DIR --with-history` on a package of NOTES notes and REVIEWS revlog rows built by
# make-big-apkg.py (default 50,000 and 1,000,000), into a fresh data dir, then once more (nothing to add), and
# prints wall time, CPU time and peak memory of each run and the machine's load. Needs python3 and the jar
# (mvn -B -q package -DskipTests).
#
# usage: src/test/scripts/bench-apkg-import.sh [NOTES [REVIEWS]]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar="$root/target/cuecard.jar"
notes=${1:-50000}
reviews=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -f "$jar" ]] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
python3 "$root/src/test/scripts/make-big-apkg.py" "$work/big.apkg" "$notes" "$reviews"
echo "package: $(du -h "$work/big.apkg" | cut -f1), $notes notes, $reviews reviews"
for run in first again; do
  extra=()
  [[ $run == again ]] && extra=(--force)
  /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KiB peak" -o "$work/time" \
    java ${CUECARD_JAVA_OPTS:-} -jar "$jar" import "$work/big.apkg" -o "$work/decks" --with-history \
    --data-dir "$work/data" "${extra[@]}" > "$work/out"
  echo "$run: $(cat "$work/time"); $(tail -1 "$work/out")"
done
echo "log: $(du -h "$work/data/reviews"/anki*.jsonl | cut -f1); load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
