#!/usr/bin/env bash
# Benchmark of the import (issues 2 and 4): bash bench/run.sh [ROWS] [ROUNDS] [PDF_PAGES] [PDF_ROUNDS]
# Builds pira, compiles the benchmark against target/pira.jar, generates a ROWS-row XLSX and CSV in
# target/bench, times the raw libraries and pira, then checks that pira imports the XLSX within 128 MB of heap.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
rounds=${2:-5}
[ -f target/pira.jar ] || mvn -B -q package -DskipTests
cp="target/pira.jar:$(ls target/lib/*.jar | tr '\n' ':')"
mkdir -p target/bench/classes
javac -q -d target/bench/classes -cp "$cp" bench/src/pira/bench/*.java 2>/dev/null \
  || javac -d target/bench/classes -cp "$cp" bench/src/pira/bench/*.java
java -cp "target/bench/classes:$cp" pira.bench.ImportBenchmark target/bench "$rows" "$rounds"

echo "--- memoria: pira import del file XLSX con -Xmx128m (un processo a sé, a freddo)"
start=$(date +%s.%N)
java -Xmx128m -jar target/pira.jar import target/bench/bench.xlsx --mapping bench/bench-mapping.yaml \
  --out target/bench/out | tail -n 2
end=$(date +%s.%N)
echo "riuscito con -Xmx128m in $(echo "$end - $start" | bc) s (avvio della JVM compreso)"

echo "--- celle unite (issue 12): righe di azioni con obiettivi uniti verso il basso, -Xmx128m, tempo lineare"
for n in 10000 20000 40000; do
  java -Xmx128m -cp "target/bench/classes:$cp" pira.bench.MergedBenchmark target/bench "$n"
done

echo "--- esportazione lunga (issue 13): 200.000 righe raggruppate in 2.000 indicatori, -Xmx256m"
java -Xmx256m -cp "target/bench/classes:$cp" pira.bench.ExportBenchmark target/bench 2000 5

echo "--- classi caricate da un import XLSX a freddo (librerie che non servono non devono esserci)"
java -verbose:class -jar target/pira.jar import samples/sondrio-piano-2022-2024.xlsx --out target/bench/out \
  | grep -oE '^\[[^]]*\]\[info\]\[class,load\] [a-zA-Z0-9_.$]+' | awk '{print $2}' > target/bench/classes.txt
for lib in org.docx4j technology.tabula org.apache.pdfbox org.apache.commons.csv com.networknt; do
  printf '%-24s %s classi\n' "$lib" "$(grep -c "^$lib" target/bench/classes.txt || true)"
done

echo "--- PDF (issue 4): tabella rigata orizzontale di ${3:-300} pagine"
java -cp "target/bench/classes:$cp" pira.bench.PdfBenchmark target/bench "${3:-300}" "${4:-3}"

echo "--- DOCX (issue 5): rapporto di 20000 indicatori"
java -Xmx2g -cp "target/bench/classes:$cp" pira.bench.ReportBenchmark target/bench "${5:-3}"
echo "--- avvio a freddo (issue 17)"
bash bench/coldstart.sh
