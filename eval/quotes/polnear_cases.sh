# Sourced by the eval/quotes scripts: stops with a hint unless the PolNeAR
# train and dev cases eval/attribution/run.sh builds exist under $dev.
for split in train dev; do
  [ -f "$dev/cases/polnear_$split.jsonl" ] || {
    echo "no $dev/cases/polnear_$split.jsonl: run eval/attribution/run.sh --polnear PATH once" >&2
    exit 2
  }
done
