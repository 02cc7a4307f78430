#!/usr/bin/env bash
# Loading and end-to-end benchmark: generates a smaller and a larger log of each format with the
# project's seeded generator, then runs wc -l, ttsql, the Python baseline and lnav (when installed)
# on the same files, side by side in one run, and prints wall time, MB/s at the margin (between the
# two sizes, so that JVM start-up cancels out), the ratio to wc -l, and peak RSS per event.
#
#   bench/run.sh [WORK_DIR]          (default: a temporary folder; logs are about 2 GB in all)
#   SERVER_EVENTS="1000000 8000000" DEBUG_EVENTS="100000 800000" RUNS=5 bench/run.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
server_events=(${SERVER_EVENTS:-1000000 8000000})
debug_events=(${DEBUG_EVENTS:-100000 800000})
runs="${RUNS:-5}"
ttsql="$root/bin/ttsql"
results="$work/results.tsv"

# Peak RSS comes from GNU time (Debian's time package, not in every image), the baseline needs
# python3: installed when missing and apt-get can, as .ci/run installs what it needs.
for tool in /usr/bin/time python3; do
  command -v "$tool" > /dev/null && continue
  package=$([ "$tool" = /usr/bin/time ] && echo time || echo python3)
  if command -v apt-get > /dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; } > /dev/null 2>&1 || true
  fi
  command -v "$tool" > /dev/null || { echo "bench/run.sh: $tool is missing (apt-get install $package)" >&2; exit 2; }
done

"$ttsql" --version >/dev/null   # builds the jar and its class-data archive if needed
mkdir -p "$work"
: > "$results"

generate() {  # format events file: a log of an earlier run is kept when its counts are beside it
  [ -f "$3" ] && [ -f "$3.summary" ] || java -cp "$root/samples/target/classes" io.ttsql.samples.LogGenerator \
      --format "$1" --events "$2" --seed 1 --out "$3" --summary "$3.summary"
}

events_of() {  # file: events the generator wrote
  awk -F= '/\.events\./ { n += $2 } END { print n }' "$1.summary"
}

measure() {  # label format size file command...: median wall seconds and peak RSS over $runs runs
  local label="$1" format="$2" size="$3" file="$4"; shift 4
  local times=() rss=0
  for _ in $(seq "$runs"); do
    # Wall time to the millisecond from the clock (time's %e has only 10 ms, a tenth of wc -l's run).
    local start end m
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    read -r m < "$work/time"
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
    [ "$m" -gt "$rss" ] && rss="$m"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$format" "$size" "$(stat -c %s "$file")" \
      "$(events_of "$file")" "$median" "$rss" >> "$results"
}

for i in 0 1; do
  size=$([ "$i" = 0 ] && echo small || echo large)
  server="$work/server-${server_events[$i]}.log"
  debug="$work/debug-${debug_events[$i]}.log"
  generate server "${server_events[$i]}" "$server"
  generate debug "${debug_events[$i]}" "$debug"
  for file in "$server" "$debug"; do
    format=$([ "$file" = "$server" ] && echo server || echo debug)
    cat "$file" > /dev/null   # page cache warm, as for every tool
    measure "wc -l" "$format" "$size" "$file" wc -l "$file"
    measure "ttsql load" "$format" "$size" "$file" "$ttsql" -c "select count(*) from sources" "$file"
    if command -v lnav > /dev/null; then
      # lnav takes these logs as plain text (see below): this is the time to index their lines.
      measure "lnav (plain text)" "$format" "$size" "$file" lnav -n -c ";select lines from lnav_file" "$file"
    fi
    if [ "$format" = server ]; then
      measure "ttsql run net-leaks" "$format" "$size" "$file" "$ttsql" run net-leaks --format csv "$file"
      measure "python baseline" "$format" "$size" "$file" python3 "$root/bench/baseline_net_leaks.py" "$file"
    fi
  done
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%d), runs per figure: $runs (median wall time, highest peak RSS)"
echo
awk -F'\t' '
  { key = $1 "\t" $2; bytes[key, $3] = $4; events[key, $3] = $5; secs[key, $3] = $6; rss[key, $3] = $7; keys[key] = 1 }
  END {
    printf "%-20s %-7s %9s %9s %9s %9s %12s %8s %10s\n", "tool", "format", "MB", "small s", "large s", "MB/s", "vs wc -l", "RSS MB", "RSS B/ev"
    for (key in keys) {
      split(key, k, "\t")
      mb = (bytes[key, "large"] - bytes[key, "small"]) / 1e6
      dt = secs[key, "large"] - secs[key, "small"]
      rate = dt > 0 ? mb / dt : 0
      wc = "wc -l\t" k[2]
      wdt = secs[wc, "large"] - secs[wc, "small"]
      wrate = wdt > 0 ? mb / wdt : 0
      per = events[key, "large"] > 0 ? rss[key, "large"] * 1024 / events[key, "large"] : 0
      printf "%-20s %-7s %9.0f %9.3f %9.3f %9.0f %12s %8.0f %10.0f\n", k[1], k[2], bytes[key, "large"] / 1e6,
        secs[key, "small"], secs[key, "large"], rate, (wrate > 0 ? sprintf("%.2f", rate / wrate) : "-"),
        rss[key, "large"] / 1024, per
    }
  }' "$results" | sort -k2,2 -k1,1
awk -F'\t' '$3 == "large" && $2 == "server" { t[$1] = $6 }
  END { if (t["ttsql run net-leaks"] > 0) printf "\nnet-leaks on the large server log: ttsql %.2f s, Python %.2f s: %.1fx faster\n",
    t["ttsql run net-leaks"], t["python baseline"], t["python baseline"] / t["ttsql run net-leaks"] }' "$results"
echo
echo "$(lnav -V 2>/dev/null | head -1 || echo 'lnav (not installed: apt-get install lnav)'): cannot read these logs as logs:"
echo "  a format needs a timestamp in every message line, and the server log has none (the debug log"
echo "  has one only on a line inside each block), so lnav only indexes their lines as plain text,"
echo "  with no fields for SQL; its row times that."
echo "results: $results"
