#!/usr/bin/env bash
# Builds krant's two libFuzzer targets and runs each for SECONDS (default 60).
#
#   scripts/fuzz.sh 1800          # half an hour each
#   scripts/fuzz.sh 60 query      # only the query fuzzer
#
# SwiftPM cannot link a libFuzzer target (its executables bring their own main), so SwiftPM builds the
# libraries with coverage instrumentation and AddressSanitizer, and swiftc links each target from Fuzz/.
# Both run at once. Findings are written to .build-fuzz/findings/ and the logs to .build-fuzz/*.log; add each
# finding to Tests/ as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
only=${2:-}
scratch=.build-fuzz
# -sanitize=fuzzer on the compile steps is what adds coverage instrumentation; SwiftPM's own --sanitize fuzzer
# only reaches the link, which is left to swiftc below.
swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address --target KrantRender
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
objects=$(find "$bin"/{KrantCorpus,KrantQuery,KrantRender,Yams,CYaml}.build -name '*.o')

build_target() { # name source
    swiftc -O -parse-as-library -sanitize=fuzzer,address -I "$bin/Modules" -I Sources/CStemmer \
        -I "$scratch/checkouts/Yams/Sources/CYaml/include" \
        "Fuzz/$2" $objects -lstemmer -o "$scratch/$1"
}

run_target() { # name seed-folder
    local work="$scratch/corpus-$1" findings="$scratch/findings/$1"
    mkdir -p "$work" "$findings"
    # -timeout: one input that takes 10 s is a hang; -rss_limit_mb: one that needs 4 GB is a leak or a blow-up.
    "$scratch/$1" "$work" "$2" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" -print_final_stats=1
}

seeds=$scratch/seeds
rm -rf "$seeds" && mkdir -p "$seeds/query" "$seeds/corpus"
# Query seeds: every statement of the sample scripts and every example in the grammar.
for script in samples/queries/*.krant; do cp "$script" "$seeds/query/"; done
grep '^example: ' grammar/krant.ebnf | sed 's/^example: //' | split -l 1 - "$seeds/query/example-"
# Corpus seeds: the sample articles and a JSON Lines file made from them.
cp samples/corpus/*.txt "$seeds/corpus/"
python3 - "$seeds/corpus/articles.jsonl" samples/corpus/*.txt <<'PY'
import json, sys, pathlib
with open(sys.argv[1], "w") as out:
    for path in sys.argv[2:]:
        text = pathlib.Path(path).read_text()
        out.write(json.dumps({"id": pathlib.Path(path).stem, "date": "2022-03-01", "title": text.split("\n")[0], "text": text}) + "\n")
PY

targets=()
[[ -z "$only" || "$only" == query ]] && targets+=(query)
[[ -z "$only" || "$only" == corpus ]] && targets+=(corpus)
build_target query-fuzzer QueryFuzzer.swift
build_target corpus-fuzzer CorpusFuzzer.swift

# Both at once, one a core; the script fails if either finds a crash, a hang or a sanitizer report.
pids=()
for target in "${targets[@]}"; do
    KRANT_FUZZ_CORPUS=samples/corpus run_target "$target-fuzzer" "$seeds/$target" > "$scratch/$target-fuzzer.log" 2>&1 &
    pids+=($!)
done
status=0
for index in "${!pids[@]}"; do
    if wait "${pids[$index]}"; then
        echo "${targets[$index]} fuzzer: no findings ($(grep -m1 -o 'Done [0-9]* runs in [0-9]* second(s)' "$scratch/${targets[$index]}-fuzzer.log"))"
    else
        status=1
        echo "${targets[$index]} fuzzer: FINDING; the last lines of $scratch/${targets[$index]}-fuzzer.log:"
        grep -v '# Uses:' "$scratch/${targets[$index]}-fuzzer.log" | tail -40
    fi
done
exit $status
