#!/usr/bin/env bash
# native-image's builder from Maven Central (svm 23.0.6 and companions) made to run on the stock
# JDK 17.0.15 with JVMCI, into $work/builder:
# - args.txt: the JDK's packages exported (and some opened) to the builder's modules, which
#   GraalVM's launcher would do;
# - svm-patched.jar: patches/svm-*.patch applied, and the sources that call JVMCI's
#   StackLockValue.getSlot() recompiled: svm was compiled against a labs JDK where it returns
#   AllocatableValue, the stock JDK's returns Value (NoSuchMethodError otherwise);
# - compiler-patched.jar: the same recompilation for Graal's LIRFrameState;
# - libreporterchelper.so: the progress reporter's JNI helper (c/reporterchelper.c).
#   usage: build/native/builder.sh     (about a minute)
set -euo pipefail
source "$(dirname "$0")/inputs.sh"
out="$work/builder"
mkdir -p "$out"
fetch_builder_jars
svm="$(jar_of org.graalvm.nativeimage:svm:23.0.6)"
compiler="$(jar_of org.graalvm.compiler:compiler:23.0.6)"
others=""
for a in nativeimage:pointsto nativeimage:objectfile nativeimage:native-image-base sdk:graal-sdk truffle:truffle-api; do
  others="$others:$(jar_of "org.graalvm.${a%%:*}:${a#*:}:23.0.6")"
done
echo "$others" >"$out/others.txt"

# 1. exports and opens: every package of every module the builder can see, to the builder's modules
#    (jdk.hotspot.agent is listed but not resolved). The JVM takes at most 1000 of each, hence the
#    short list of modules to open.
builder=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.base,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.objectfile,jdk.internal.vm.compiler,org.graalvm.sdk,org.graalvm.truffle
opened=" java.base jdk.internal.vm.ci jdk.management jdk.jfr java.management org.graalvm.truffle org.graalvm.sdk jdk.unsupported java.logging jdk.internal.vm.compiler java.xml java.naming java.security.jgss java.net.http java.scripting java.rmi java.sql jdk.net jdk.zipfs jdk.crypto.ec jdk.httpserver "
layout=(--module-path "$svm$others" --upgrade-module-path "$compiler" --add-modules ALL-DEFAULT)
if [ ! -s "$out/args.txt" ]; then
  "$jdk/bin/java" "${layout[@]}" --list-modules | awk '{sub(/@.*/, "", $1); print $1}' | grep -v '^jdk.internal.vm.compiler$' |
    while read -r module; do
      "$jdk/bin/java" "${layout[@]}" --describe-module "$module" |
        awk -v m="$module" -v t="$builder" -v o="$opened" 'BEGIN { open = index(o, " " m " ") > 0 }
          $1 == "exports" && open { print "--add-opens=" m "/" $2 "=" t }
          $1 == "contains" || ($1 == "qualified" && $2 == "exports") {
            p = $1 == "qualified" ? $3 : $2; print "--add-exports=" m "/" p "=" t; if (open) print "--add-opens=" m "/" p "=" t }'
    done | grep -v '^--add-[a-z]*=jdk.hotspot.agent/' | sort -u >"$out/args.txt.tmp"
  mv "$out/args.txt.tmp" "$out/args.txt"
fi
grep '^--add-exports' "$out/args.txt" >"$out/javac-args.txt"

# 2. the JNI helper of the progress reporter
gcc -O2 -fPIC -shared -Wall -Werror -I"$jdk/include" -I"$jdk/include/linux" \
  -o "$out/libreporterchelper.so" "$here/c/reporterchelper.c"

recompile() {   # module jar sources-jar patched-jar patches-glob files...: a copy of jar with files rebuilt
  local module="$1" jar="$2" sources="$3" patched="$4" patches="$5"; shift 5
  local src="$out/$module-src" classes="$out/$module-classes" files=("$@") patch
  rm -rf "$src" "$classes" && mkdir -p "$src" "$classes"
  for patch in $patches; do files+=($(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$patch")); done
  (cd "$src" && unzip -q -o "$sources" $(printf '%s\n' "${files[@]}" | sort -u))
  for patch in $patches; do patch -s -d "$src" -p1 <"$patch"; done
  "$jdk/bin/javac" -nowarn -XDsuppressNotes -d "$classes" --module-path "$svm$others" --upgrade-module-path "$compiler" \
    --patch-module "$module=$src" @"$out/javac-args.txt" $(cd "$src" && find . -name '*.java' | sed "s|^\.|$src|") \
    >"$out/$module-javac.log" 2>&1 || { grep -v warning "$out/$module-javac.log" >&2; exit 1; }
  cp "$jar" "$patched.tmp"
  (cd "$classes" && jar uf "$patched.tmp" $(find . -name '*.class'))
  mv "$patched.tmp" "$patched"
}
# 3. svm and Graal for 17.0.15 (the patches name their files; the StackLockValue callers are listed)
recompile org.graalvm.nativeimage.builder "$svm" "$(jar_of org.graalvm.nativeimage:svm:23.0.6:jar:sources)" \
  "$out/svm-patched.jar" "$(ls "$here"/patches/svm-*.patch)" \
  com/oracle/svm/core/code/FrameInfoEncoder.java com/oracle/svm/core/code/CodeInfoEncoder.java \
  com/oracle/svm/hosted/phases/VerifyDeoptLIRFrameStatesPhase.java
recompile jdk.internal.vm.compiler "$compiler" "$(jar_of org.graalvm.compiler:compiler:23.0.6:jar:sources)" \
  "$out/compiler-patched.jar" "" org/graalvm/compiler/lir/LIRFrameState.java

# 4. no class left that calls the labs JDK's getSlot (a new caller would fail only when reached)
check="$out/check" && rm -rf "$check" && mkdir -p "$check"
(cd "$check" && unzip -q "$out/svm-patched.jar" && unzip -q -o "$out/compiler-patched.jar")
stale=$(grep -rl --include='*.class' 'jdk/vm/ci/code/StackLockValue' "$check" | xargs -r grep -l '()Ljdk/vm/ci/meta/AllocatableValue;' |
  while read -r class; do "$jdk/bin/javap" -c -p "$class" | grep -q 'StackLockValue.getSlot:()Ljdk/vm/ci/meta/AllocatableValue' && echo "$class"; done || true)
rm -rf "$check"
[ -z "$stale" ] || { echo "native: these classes still call StackLockValue.getSlot() returning AllocatableValue:" >&2; echo "$stale" >&2; exit 1; }
echo "native: builder ready in $out"
