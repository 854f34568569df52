#!/usr/bin/env bash
# The demo: builds the examples module (compile, process, weave), then runs LangChain's caching
# how-to in Java three times, through LangChain4j's OpenAiChatModel and the OpenAI Java SDK (plain and streamed): with
# the in-memory cache, then twice with a SQLite file, so the second SQLite run answers from entries
# the first run wrote. With OPENAI_API_KEY set the calls go to the OpenAI API (real cost); without
# it, each run starts a simulated OpenAI-compatible endpoint on loopback (about 500 ms per answer,
# no network) and says so.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building the demo (first time: a minute or two while Maven downloads dependencies)..."
mvn -B -q -pl examples -am package -DskipTests

CP="examples/target/classes:examples/target/lib/*"
# List prices of gpt-4o-mini per million input/output tokens, so the statistics count money too.
PRICES=(-Dcachedcompletion.prices=gpt-4o-mini:0.15/0.60)
JAVA_OPTS=(--enable-native-access=ALL-UNNAMED)
java "${JAVA_OPTS[@]}" -version >/dev/null 2>&1 || JAVA_OPTS=()
JAVA_OPTS+=("${PRICES[@]}")
DB="examples/target/demo-completions.db"
rm -f "$DB" "$DB-wal" "$DB-shm"

echo
echo "== 1. In-memory cache: -Dcachedcompletion.store=memory"
java "${JAVA_OPTS[@]}" -Dcachedcompletion.store=memory -cp "$CP" dev.cachedcompletion.examples.Demo

echo
echo "== 2. SQLite cache, first run (new file $DB): -Dcachedcompletion.store=sqlite:$DB"
java "${JAVA_OPTS[@]}" -Dcachedcompletion.store="sqlite:$DB" -cp "$CP" dev.cachedcompletion.examples.Demo

echo
echo "== 3. SQLite cache, second run: a new JVM answers from the file the first run wrote"
java "${JAVA_OPTS[@]}" -Dcachedcompletion.store="sqlite:$DB" -cp "$CP" dev.cachedcompletion.examples.Demo
