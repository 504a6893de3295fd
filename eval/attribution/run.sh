#!/usr/bin/env bash
# Scores factcheck's attributed claims on PolNeAR (annotated political news)
# with the shared scorers (scorers/: score.py, direct_fair.py,
# score_citron.py). PolNeAR's text has no licence, so it stays under var/dev/
# (git-ignored); this script rebuilds everything from a copy of the corpus.
#
#   eval/attribution/run.sh [--polnear PATH] [--split dev|train]
#
# PATH is a clone of github.com/networkdynamics/PolNeAR (a bare git dir or a
# checkout); it is needed once, to export data/{train,dev}. Never run on the
# test split: that split is how others judge the project.
set -euo pipefail
cd "$(dirname "$0")/../.."

polnear=""
split=dev
while [ $# -gt 0 ]; do
  case "$1" in
    --polnear) polnear=$2; shift 2 ;;
    --split) split=$2; shift 2 ;;
    *) echo "usage: $0 [--polnear PATH] [--split dev|train]" >&2; exit 2 ;;
  esac
done
case "$split" in dev|train) ;; *) echo "only train and dev may be used" >&2; exit 2 ;; esac

dev=var/dev
cases=$dev/cases/polnear_$split.jsonl
if [ ! -f "$cases" ]; then
  if [ ! -d "$dev/polnear/data/$split" ]; then
    [ -n "$polnear" ] || { echo "no $dev/polnear yet: pass --polnear PATH" >&2; exit 2; }
    gitdir=$polnear
    [ -d "$polnear/.git" ] && gitdir=$polnear/.git
    mkdir -p "$dev"
    git --git-dir="$gitdir" archive --format=tar HEAD \
        data/train/text data/train/attributions data/dev/text data/dev/attributions \
        data/metadata.tsv README.md | tar -x -C "$dev" --transform 's,^,polnear/,'
  fi
  python3 eval/attribution/scorers/build_cases.py --raw "$dev" --splits train,dev --check-offsets >/dev/null
fi

bazel build -c opt //eval/attribution:predict 2>/dev/null
pred=$dev/pred_$split.jsonl
bazel-bin/eval/attribution/predict < "$cases" > "$pred"

scorers=eval/attribution/scorers
python3 - "$cases" "$pred" "$scorers" <<'PY'
import json, subprocess, sys
cases, pred, scorers = sys.argv[1:]
def run(*argv):
    return json.loads(subprocess.run([sys.executable, *argv], check=True,
                                     stdout=subprocess.PIPE).stdout)
fair = run(scorers + "/direct_fair.py", cases, pred)
score = run(scorers + "/score.py", "--gold", cases, "--pred", pred)
citron = run(scorers + "/score_citron.py", "--gold", cases, "--pred", pred, "--trim")
rows = [
    ("direct-fair F1 (direct_fair.py)", fair["f1"], "P %.3f R %.3f" % (fair["p"], fair["r"])),
    ("all-attribution j50 F1 (score.py inst_j50_all)", score["inst_j50_all"]["f1"],
     "P %.3f R %.3f" % (score["inst_j50_all"]["p"], score["inst_j50_all"]["r"])),
    ("CofeNet content exact F1 (score_citron.py --trim)", citron["cofenet_content_exact"]["f1"], ""),
    ("CofeNet source exact F1 (score_citron.py --trim)", citron["cofenet_source_exact"]["f1"], ""),
    ("speaker accuracy on j50 matches (score.py)", score["source_on_j50_matches"]["overlap_acc"], ""),
]
for name, value, detail in rows:
    print("%-52s %.3f  %s" % (name, value, detail))
PY
