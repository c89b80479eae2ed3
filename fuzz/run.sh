#!/usr/bin/env bash
# Builds the importer fuzz targets with clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer (in build-fuzz/), then runs each one from its seed corpus for
# FILET_FUZZ_SECONDS (default 30). A crash, a leak, undefined behaviour or a failed check
# fails the run and names the input that did it: replay it with
#   build-fuzz/fuzz/fuzz_TARGET PATH
# Usage: fuzz/run.sh [TARGET...]   (default: every target)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

seconds=${FILET_FUZZ_SECONDS:-30}
build=${FILET_FUZZ_BUILD_DIR:-build-fuzz}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(json_array_reader hsds_import hsds_csv_file hsds_csv_package postal_centroids xlsform)

clang=""
for c in clang++-19 clang++; do
  if command -v "$c" >/dev/null && echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
    "$c" -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
    clang=$c
    break
  fi
done
if [ -z "$clang" ]; then
  echo "fuzz: clang with libFuzzer is missing (make setup installs clang-19 and libclang-rt-19-dev)" >&2
  exit 1
fi

# Stack traces with file and line.
[ -x /usr/lib/llvm-19/bin/llvm-symbolizer ] && export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-19/bin/llvm-symbolizer
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
mkdir -p "$build"
echo "fuzz: building ${targets[*]} with $clang in $build/"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=Fuzz -DFILET_FUZZ=ON \
  -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >"$build/cmake.log" 2>&1 ||
  { cat "$build/cmake.log"; exit 1; }
if ! cmake --build "$build" -j "${JOBS:-$(nproc)}" --target $(printf 'fuzz_%s ' "${targets[@]}") >"$build/build.log" 2>&1; then
  grep -E 'error|Error' "$build/build.log" | head -n 40
  exit 1
fi

failed=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"    # what the fuzzer finds, kept between runs
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  dict=()
  [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
  log="$build/$target.log"
  echo "fuzz: $target for ${seconds}s"
  "$build/fuzz/fuzz_$target" "$corpus" "fuzz/corpus/$target" "${dict[@]}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
    >"$log" 2>&1
  status=$?
  grep -E '^stat::number_of_executed_units|^Done' "$log" | sed "s/^/  $target: /"
  if [ $status -ne 0 ]; then
    failed+=("$target")
    grep -E -A30 '^==[0-9]+==ERROR|runtime error|filet fuzz:|SUMMARY' "$log" | head -n 60
    grep -E '^artifact_prefix|Test unit written to' "$log" | sed "s/^/  /"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED ${failed[*]} (inputs in $build/crashes/; known ones in fuzz/known_bugs)"
  echo "# pass $((${#targets[@]} - ${#failed[@]}))"
  echo "# fail ${#failed[@]}"
  exit 1
fi
echo "fuzz: no crash in ${targets[*]}"
echo "# pass ${#targets[@]}"
echo "# fail 0"
