#!/usr/bin/env bash
# The JDK's static libraries native-image links into the binary (a GraalVM ships them in
# lib/static; a stock JDK does not): libjava.a, libnio.a, libnet.a, libzip.a, libfdlibm.a, and
# the two the tracker's classes reach, libjaas.a and libmanagement_ext.a,
# compiled from Debian's openjdk-17 source as the JDK's make files do (CoreLibraries.gmk, Lib.gmk),
# with -DSTATIC_BUILD=1 and zlib from the system. Output: $work/jdk-static/lib (never the repository).
#   usage: build/native/static-libs.sh     (about a minute; as many gcc at once as there are cores)
set -euo pipefail
source "$(dirname "$0")/inputs.sh"
out="$work/jdk-static"
lib="$out/lib"
[ -f "$lib/done" ] && [ "$lib/done" -nt "$0" ] && exit 0
tar="$(fetch_jdk_source)"
rm -rf "$out" && mkdir -p "$out/hdr" "$out/classes" "$out/obj" "$lib"

# the sources: the classes (for the JNI headers) and natives of the modules whose libraries the
# image links (java.base; jdk.security.auth's jaas for UnixSystem, jdk.management's
# management_ext for OperatingSystemImpl), hotspot's jvm.h
modules="java.base jdk.security.auth jdk.management"
t="$jdk_source_top/src"
tar -xJf "$tar" -C "$out" --strip-components=2 --wildcards --exclude='*/windows/*' --exclude='*/macosx/*' \
  --exclude='*/aix/*' $(for m in $modules; do echo "$t/$m/*"; done) "$t/hotspot/share/include/*" "$t/hotspot/os/posix/include/*"
jb="$out/java.base"
sed -e 's/@@VERSION_CLASSFILE_MAJOR@@/61/' -e 's/@@VERSION_CLASSFILE_MINOR@@/0/' \
  "$jb/share/native/include/classfile_constants.h.template" >"$out/hdr/classfile_constants.h"
signatures() { grep -E ' native |static final [a-z]+ [A-Za-z_0-9]+ = ' | sort -u; }
for m in $modules; do
  # 1. JNI headers: javac -h over every class with a native method or a @Native constant, compiled
  #    against the installed module (its generated classes are not in the source package)
  roots=$(cd "$out/$m" && for r in share/classes unix/classes linux/classes; do [ ! -d "$r" ] || echo "$r"; done | tr '\n' ' ')
  (cd "$out/$m" && { grep -rlE '^\s*[a-z ]*\bnative\b[^=;]*\(' $roots --include=*.java
                     grep -rl '@Native' $roots --include=*.java || true; } | sort -u) >"$out/files-$m.txt"
  (cd "$out/$m" && "$jdk/bin/javac" -nowarn -XDsuppressNotes -implicit:none --patch-module "$m=$(echo $roots | tr ' ' :)" \
    -h "$out/hdr" -d "$out/classes/$m" @"$out/files-$m.txt") >"$out/javac-$m.log" 2>&1 || { cat "$out/javac-$m.log" >&2; exit 1; }

  # 2. The sources are 17.0.19, the image holds 17.0.15's classes: every native method and constant
  #    of the installed classes must be declared alike in the sources (17.0.19 may add some)
  classes=$(sed 's|^[a-z]*/classes/||; s|\.java$||' "$out/files-$m.txt")
  "$jdk/bin/javap" -p -constants ${classes//\//.} | signatures >"$out/natives-jdk-$m.txt"
  (cd "$out/classes/$m" && "$jdk/bin/javap" -p -constants $(printf '%s.class ' $classes)) | signatures >"$out/natives-source-$m.txt"
  if [ -n "$(comm -23 "$out/natives-jdk-$m.txt" "$out/natives-source-$m.txt")" ]; then
    echo "native: the $jdk_source_version source of $m does not declare these natives or constants of JDK $jdk_version:" >&2
    comm -23 "$out/natives-jdk-$m.txt" "$out/natives-source-$m.txt" >&2
    exit 1
  fi
done

# 3. compile: each library from share/, unix/ and linux/ native/lib<name> (and their subfolders)
cflags=(-O2 -fPIC -fno-strict-aliasing -fno-omit-frame-pointer -fvisibility=hidden -w
  -DSTATIC_BUILD=1 -D_GNU_SOURCE -D_REENTRANT -D_LARGEFILE64_SOURCE -DLINUX -DNDEBUG -D_LP64=1 -D_LITTLE_ENDIAN
  -DARCH='"amd64"' -Damd64 -DARCHPROPNAME='"amd64"'
  -I"$out/hdr" -I"$jb/share/native/include" -I"$jb/unix/native/include"
  -I"$out/hotspot/share/include" -I"$out/hotspot/os/posix/include"
  -I"$jb/share/native/libjava" -I"$jb/unix/native/libjava" -I"$jb/share/native/libfdlibm")
dirs_of() { local d; for d in "$out/$module"/{share,unix,linux}/native/lib"$1"; do [ -d "$d" ] && find "$d" -type d -not -path '*/zlib*'; done; }
compilers="$(nproc 2>/dev/null || echo 2)"   # gcc processes at once
trap 'status=$?; kill $(jobs -p) 2>/dev/null || true; exit $status' EXIT   # a failed compile stops the others
build_lib() {   # module name [extra cflags...]: every .c of its folders into lib<name>.a
  local module="$1" name="$2"; shift 2
  local includes=() dir src obj objs=() pids=() sources=()
  for dir in $(dirs_of "$name"); do includes+=(-I"$dir"); done
  mkdir -p "$out/obj/$name"
  for dir in $(dirs_of "$name"); do
    for src in "$dir"/*.c; do
      [ -f "$src" ] || continue
      obj="$out/obj/$name/$(basename "$src" .c).o"
      gcc "${cflags[@]}" "${includes[@]}" "$@" -DLIBRARY_NAME="$name" -c "$src" -o "$obj" &
      pids+=($!) sources+=("$src") objs+=("$obj")
      if [ "${#pids[@]}" -ge "$compilers" ]; then
        wait "${pids[0]}" || { echo "native: gcc failed on ${sources[0]} (lib$name)" >&2; exit 1; }
        pids=("${pids[@]:1}") sources=("${sources[@]:1}")
      fi
    done
  done
  while [ "${#pids[@]}" -gt 0 ]; do
    wait "${pids[0]}" || { echo "native: gcc failed on ${sources[0]} (lib$name)" >&2; exit 1; }
    pids=("${pids[@]:1}") sources=("${sources[@]:1}")
  done
  ar rcs "$lib/lib$name.a" "${objs[@]}"
}
build_lib java.base fdlibm -O0 -ffp-contract=off   # as the JDK: no optimisation (StrictMath's exact results)
# VERSION_STRING: what ProcessImpl passes jspawnhelper, which checks it is its own JDK's
build_lib java.base java -DVERSION_STRING="\"$jdk_version\""
build_lib java.base net
build_lib java.base nio -I"$jb/share/native/libnet" -I"$jb/unix/native/libnet"
build_lib java.base zip -DUSE_MMAP -UDEBUG          # zlib: the system's (zlib1g-dev), linked by the image
build_lib jdk.security.auth jaas
build_lib jdk.management management_ext
# fdlibm's results bit for bit as the JDK's StrictMath (a wrong flag links fine and computes garbage)
gcc -O2 -I"$jdk/include" -I"$jdk/include/linux" -o "$out/strictmath-check" "$here/c/strictmath-check.c" \
  "$lib/libjava.a" "$lib/libfdlibm.a" -Wl,--unresolved-symbols=ignore-all -lm
if ! diff <("$out/strictmath-check") <("$jdk/bin/java" "$here/c/StrictMathCheck.java") >"$out/strictmath.diff"; then
  echo "native: libjava.a's StrictMath differs from the JDK's (< ours, > the JDK's):" >&2
  head -20 "$out/strictmath.diff" >&2
  exit 1
fi
touch "$lib/done"
ls -l "$lib"/*.a
