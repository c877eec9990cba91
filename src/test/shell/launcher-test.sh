#!/usr/bin/env bash
# The launcher (./tracker and src/main/shell/jvm.sh) with a fake `java` and a fake `mvn`, in a copy
# of the project's layout: a stale source rebuilds the jar (and a missing mvn or a failed build says
# so), the class-data archive is trained, then used for the very jar it was made from only, and
# refused for a wrapper TRACKER_JAVA (no JDK release file), JVM options from the environment, and
# TRACKER_JVM_ARCHIVE=off. Both archive kinds: AppCDS (JDK 17) and the AOT cache (JDK 25). A fake
# native binary runs instead (it tests its own freshness), unless TRACKER_NATIVE=0.
#   usage: bash src/test/shell/launcher-test.sh     (needs no JDK, no Maven; about 5 s)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
failures=0
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
expect() { if eval "$2"; then ok "$1"; else fail "$1"; echo "     java.log: $(last 2>/dev/null)"; fi; }

# the project's layout: the launcher and jvm.sh as they are, a source, a roadmap, a built jar
mkdir -p "$t/p/src/main/shell" "$t/p/src/main/java" "$t/p/roadmaps" "$t/p/target" "$t/bin" "$t/tools" "$t/wrapper"
cp "$repo/tracker" "$t/p/tracker"
cp "$repo/src/main/shell/jvm.sh" "$t/p/src/main/shell/jvm.sh"
echo '<project/>' >"$t/p/pom.xml"
echo 'class A {}' >"$t/p/src/main/java/A.java"
echo '- [ ] a' >"$t/p/roadmaps/a.md"
touch -d '-1 hour' "$t/p/pom.xml" "$t/p/src/main/java/A.java" "$t/p/roadmaps/a.md" "$t/p/src/main/java" "$t/p/src/main" \
  "$t/p/roadmaps" "$t/p/src/main/shell/jvm.sh" "$t/p/src/main/shell"
echo jar >"$t/p/target/tracker.jar"

# fake mvn: logs, and "builds" the jar (or fails with FAKE_MVN_EXIT)
cat >"$t/bin/mvn" <<EOF
#!/usr/bin/env bash
echo "mvn \$*" >>"$t/mvn.log"
[ "\${FAKE_MVN_EXIT:-0}" = 0 ] || exit "\$FAKE_MVN_EXIT"
touch "$t/p/target/tracker.jar"
EOF
# a fake JDK: java logs its arguments and writes the archive a training run asks for
make_jdk() {
  mkdir -p "$t/jdk$1/bin"
  printf 'JAVA_VERSION="%s"\nJAVA_RUNTIME_VERSION="%s+7-fake"\n' "$1" "$1" >"$t/jdk$1/release"
  cat >"$t/jdk$1/bin/java" <<EOF
#!/usr/bin/env bash
echo "java \$*" >>"$t/java.log"
for arg in "\$@"; do
  case "\$arg" in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo archive >"\${arg#*=}" ;; esac
done
EOF
}
make_jdk 17.0.99
make_jdk 25.0.99
printf '#!/usr/bin/env bash\necho wrapper >>"%s/wrapper.log"\nexec "%s/jdk17.0.99/bin/java" "$@"\n' "$t" "$t" >"$t/wrapper/java"
chmod +x "$t/bin/mvn" "$t"/jdk*/bin/java "$t/wrapper/java"
# the tools the launcher may use, and no java or mvn among them
for tool in bash env readlink mkdir rmdir touch mv rm find flock cat sleep cut stty; do
  ln -s "$(command -v "$tool")" "$t/tools/$tool"
done

# run [VAR=VALUE...]: ./tracker status in a clean environment; stdout+stderr in $out, exit code in $code
run() {
  out=$(cd "$t/p" && env -i PATH="$t/bin:$t/tools" HOME="$t/home" XDG_CACHE_HOME="$t/cache" \
    TRACKER_JAVA="$t/jdk17.0.99/bin/java" "$@" ./tracker status 2>&1)
  code=$?
}
last() { grep -- ' -jar ' "$t/java.log" | tail -1; }   # the command's run, not a training run
await_archive() {   # the first run of a build trains the archive in the background
  for _ in $(seq 50); do ls "$t"/cache/tracker/*."$1" >/dev/null 2>&1 && ! ls -d "$t"/cache/tracker/*.training >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

run
expect "an up-to-date jar runs without a build" '[ "$code" = 0 ] && [ ! -e "$t/mvn.log" ] && [[ "$(last)" == *"-jar $t/p/target/tracker.jar status" ]]'
expect "with the launcher's JVM flags" '[[ "$(last)" == *"-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"* ]]'
expect "the first run trains the JVM archive in the background (JDK 17: AppCDS)" 'await_archive jsa && grep -q ArchiveClassesAtExit "$t/java.log"'
run
expect "the next run maps the archive" '[[ "$(last)" == *"-XX:SharedArchiveFile=$t/cache/tracker/jvm-17.0.99+7-fake-"*".jsa -jar"* ]]'
run JAVA_TOOL_OPTIONS=-Dx=1
expect "refused with JAVA_TOOL_OPTIONS" '[ "$code" = 0 ] && [[ "$(last)" != *SharedArchiveFile* ]]'
run JDK_JAVA_OPTIONS=-Dx=1
expect "refused with JDK_JAVA_OPTIONS" '[[ "$(last)" != *SharedArchiveFile* ]]'
run _JAVA_OPTIONS=-Dx=1
expect "refused with _JAVA_OPTIONS" '[[ "$(last)" != *SharedArchiveFile* ]]'
run TRACKER_JVM_ARCHIVE=off
expect "refused with TRACKER_JVM_ARCHIVE=off" '[[ "$(last)" != *SharedArchiveFile* ]]'
run TRACKER_JAVA="$t/wrapper/java"
expect "refused for a wrapper TRACKER_JAVA (no JDK release file beside it)" \
  '[ "$code" = 0 ] && [[ "$(last)" != *SharedArchiveFile* ]] && [ -s "$t/wrapper.log" ]'

sleep 0.01; touch "$t/p/src/main/java/A.java"
run
expect "a source newer than the jar rebuilds it first" \
  '[ "$code" = 0 ] && grep -qs "mvn -q -B -DskipTests package" "$t/mvn.log" && [[ "$out" == *"building the jar"* ]]'
expect "and the archive of the old jar is not used" '[[ "$(last)" == *"-jar $t/p/target/tracker.jar status" && "$(last)" != *SharedArchiveFile* ]]'
await_archive jsa
rm -f "$t/mvn.log"; sleep 0.01; touch "$t/p/roadmaps/a.md"
run
expect "an edited roadmap rebuilds it too" '[ "$code" = 0 ] && [ -s "$t/mvn.log" ]'
touch "$t/p/pom.xml"
run FAKE_MVN_EXIT=1
expect "a failed build says where its log is, and runs nothing" '[ "$code" = 1 ] && [[ "$out" == *"the build failed; see $t/p/target/build.log"* ]]'
out=$(cd "$t/p" && env -i PATH="$t/tools" HOME="$t/home" TRACKER_JAVA="$t/jdk17.0.99/bin/java" ./tracker status 2>&1); code=$?
expect "no mvn for a stale jar: one line, exit 1" '[ "$code" = 1 ] && [[ "$out" == *"Maven (mvn) is not installed"* ]]'
touch "$t/p/target/tracker.jar"
out=$(cd "$t/p" && env -i PATH="$t/tools" HOME="$t/home" ./tracker status 2>&1); code=$?
expect "no java at all: one line, exit 1" '[ "$code" = 1 ] && [[ "$out" == *"no java found on PATH"* ]]'
run TRACKER_JAVA="$t/jdk25.0.99/bin/java"
expect "JDK 25 trains an AOT cache" 'await_archive aot && grep -q AOTCacheOutput "$t/java.log"'
run TRACKER_JAVA="$t/jdk25.0.99/bin/java"
expect "and maps it" '[[ "$(last)" == *"-XX:AOTCache=$t/cache/tracker/jvm-25.0.99+7-fake-"*".aot -jar"* ]]'

# a native binary (target/tracker-native): it runs when it is executable, told its checkout; it tests its own freshness against the sources (NativeFreshnessTest) and, stale,
# runs the jar through the launcher with TRACKER_NATIVE=0, as this fake does with FAKE_NATIVE_STALE=1
rm -f "$t/mvn.log"; touch "$t/p/target/tracker.jar"; sleep 0.01
cat >"$t/p/target/tracker-native" <<EOF
#!/usr/bin/env bash
echo "native \$* home=\$TRACKER_NATIVE_HOME" >>"$t/native.log"
[ -z "\${FAKE_NATIVE_STALE:-}" ] || TRACKER_NATIVE=0 exec "\$TRACKER_NATIVE_HOME/tracker" "\$@"
EOF
run
expect "a native binary that is not executable is not run" '[ "$code" = 0 ] && [ ! -e "$t/native.log" ]'
jars=$(grep -c " -jar " "$t/java.log")
chmod +x "$t/p/target/tracker-native"
run
expect "a native binary runs instead of java, told its checkout" \
  '[ "$code" = 0 ] && [ "$(cat "$t/native.log" 2>/dev/null)" = "native status home=$t/p" ] && [ "$(grep -c " -jar " "$t/java.log")" = "$jars" ]'
run TRACKER_NATIVE=0
expect "TRACKER_NATIVE=0 runs the jar" '[ "$code" = 0 ] && [ "$(grep -c " -jar " "$t/java.log")" = $((jars + 1)) ] && [ "$(wc -l <"$t/native.log")" = 1 ]'
sleep 0.01; touch "$t/p/src/main/java/A.java"
run FAKE_NATIVE_STALE=1
expect "a newer source: the binary hands over, the jar is rebuilt and runs, the binary is not rebuilt" \
  '[ "$code" = 0 ] && [ "$(wc -l <"$t/native.log")" = 2 ] && [ "$(grep -c " -jar " "$t/java.log")" = $((jars + 2)) ] && [ -e "$t/mvn.log" ]'
run
expect "a binary older than the rebuilt jar still runs: it decides (mvn package rewrites the jar with no source changed)" \
  '[ "$(wc -l <"$t/native.log")" = 3 ] && [ "$(grep -c " -jar " "$t/java.log")" = $((jars + 2)) ]'
(cd "$t/p" && env -i PATH="$t/bin:$t/tools" HOME="$t/home" XDG_CACHE_HOME="$t/cache" TRACKER_JAVA="$t/jdk17.0.99/bin/java" \
  ./tracker install --prefix "$t/prefix" >/dev/null 2>&1)
expect "install goes through the jar, not the binary" '[ "$(wc -l <"$t/native.log")" = 3 ]'
out=$(cd "$t/p" && env -i PATH="$t/tools" HOME="$t/home" ./tracker status 2>&1); code=$?
expect "it needs no java" '[ "$code" = 0 ] && [ "$(wc -l <"$t/native.log")" = 4 ]'

[ "$failures" = 0 ] && echo "launcher-test: ok" || { echo "launcher-test: $failures failed"; exit 1; }
