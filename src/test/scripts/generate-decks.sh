#!/usr/bin/env bash
# Regenerates the bundled decks in decks/ from the seed interviews (../shared/seeds, or $CUECARD_SEEDS).
# Each `gen` line is one deck: id, title, card cap, then the input files as SEED=SOURCE-ID (the id its cards cite,
# readable and stable, passed as --ref). BundledDecksTest reads these lines too
# and checks that regenerating gives byte-identical files, so edit decks only through this script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
seeds="${CUECARD_SEEDS:-$root/../shared/seeds}"
if [ ! -d "$seeds" ]; then
  echo "generate-decks: no seed interviews at $seeds; nothing to do" >&2
  exit 0
fi
cd "$root"

gen() {
  local id="$1" title="$2" max="$3"
  shift 3
  local files=() refs=()
  for f in "$@"; do
    files+=("$seeds/${f%%=*}")
    refs+=(--ref "${f#*=}")
  done
  ./cuecard generate "${files[@]}" "${refs[@]}" --id "$id" --title "$title" --max-cards "$max" -o "decks/$id.yaml" --force
}

gen altman-bloomberg-zh-hans "奥特曼彭博社专访：宫斗、马斯克与 ChatGPT 两周年" 120 000_69af69b755fc8188.txt=bloomberg-2025-zh-hans
gen altman-bloomberg-zh-hant "柯曼彭博社專訪：ChatGPT 兩年與宮鬥事件" 100 003_1640e30df1fadae3.txt=bloomberg-2025-zh-hant
gen altman-all-in-2024 "Sam Altman 五月访谈回顾（All-In 播客）" 40 004_85e388a9e72ef069.txt=all-in-2024-05
