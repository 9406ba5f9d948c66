#!/usr/bin/env bash
# Cold start (issue 17): bash bench/coldstart.sh [ROUNDS]
# A cold `validate` of the Sondrio XLSX and of the Alessandria CSV, through `java -jar target/pira.jar` and through the
# release's launcher `target/pira/bin/pira` (C1 only, AppCDS archive made by its training run), alternated in the same
# run so that the machine's noise falls on both; medians and their ratio. Goals: 0.9 s (XLSX) and 0.6 s (CSV).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
[ -x target/pira/bin/pira ] || mvn -B -q package -DskipTests
rm -f target/pira/lib/pira.jsa
start=$(date +%s%N)
target/pira/bin/pira --help >/dev/null # the first run trains and writes the archive
echo "prima esecuzione (allenamento e archivio delle classi): $(( ($(date +%s%N) - start) / 1000000 )) ms"

ms() { # runs a command, prints its wall time in ms
  local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A times
for ((i = 0; i < rounds; i++)); do
  times[jvm]+="$(ms java -Xshare:auto -version) "
  for f in samples/sondrio-piano-2022-2024.xlsx samples/alessandria-kpi-2020.csv; do
    times[jar-$f]+="$(ms java -jar target/pira.jar validate "$f") "
    times[bin-$f]+="$(ms target/pira/bin/pira validate "$f") "
  done
done
printf '%-40s %10s %10s %8s %8s\n' "validate (mediana di $rounds)" "java -jar" "bin/pira" rapporto obiettivo
for f in samples/sondrio-piano-2022-2024.xlsx samples/alessandria-kpi-2020.csv; do
  jar=$(echo "${times[jar-$f]}" | tr ' ' '\n' | grep . | median)
  bin=$(echo "${times[bin-$f]}" | tr ' ' '\n' | grep . | median)
  goal=$([[ $f == *.xlsx ]] && echo 900 || echo 600)
  printf '%-40s %8s ms %8s ms %8s %5s ms %s\n' "$(basename "$f")" "$jar" "$bin" \
    "$(echo "scale=2; $bin / $jar" | bc)" "$goal" "$([ "$bin" -le "$goal" ] && echo raggiunto || echo 'NON raggiunto')"
done
echo "la sola JVM (java -version): $(echo "${times[jvm]}" | tr ' ' '\n' | grep . | median) ms"
