#!/usr/bin/env bash
# The JDK's static libraries native-image links into the binary (a GraalVM ships them in
# lib/static; a stock JDK does not): libjava.a, libnio.a, libnet.a, libzip.a, libfdlibm.a,
# compiled from Debian's openjdk-17 source as the JDK's make files do (CoreLibraries.gmk, Lib.gmk),
# with -DSTATIC_BUILD=1 and zlib from the system. Output: $work/jdk-static/lib (never the repository).
#   usage: build/native/static-libs.sh     (about a minute)
set -euo pipefail
source "$(dirname "$0")/inputs.sh"
out="$work/jdk-static"
lib="$out/lib"
[ -f "$lib/done" ] && [ "$lib/done" -nt "$0" ] && exit 0
tar="$(fetch_jdk_source)"
rm -rf "$out" && mkdir -p "$out/hdr" "$out/classes" "$out/obj" "$lib"

# the sources: java.base's classes (for the JNI headers) and natives, hotspot's jvm.h
t="$jdk_source_top/src"
tar -xJf "$tar" -C "$out" --strip-components=2 \
  "$t/java.base/share/classes" "$t/java.base/unix/classes" "$t/java.base/linux/classes" \
  "$t/java.base/share/native" "$t/java.base/unix/native" "$t/java.base/linux/native" \
  "$t/hotspot/share/include" "$t/hotspot/os/posix/include"
jb="$out/java.base"

# 1. JNI headers: javac -h over every class with a native method or a @Native constant, compiled
#    against the installed java.base (its generated classes are not in the source package)
(cd "$jb" && { grep -rlE '^\s*[a-z ]*\bnative\b[^=;]*\(' share/classes unix/classes linux/classes --include=*.java
               grep -rl '@Native' share/classes unix/classes linux/classes --include=*.java; } | sort -u) >"$out/files.txt"
(cd "$jb" && "$jdk/bin/javac" -nowarn -XDsuppressNotes -implicit:none \
  --patch-module java.base=share/classes:unix/classes:linux/classes -h "$out/hdr" -d "$out/classes" @"$out/files.txt") \
  >"$out/javac.log" 2>&1 || { cat "$out/javac.log" >&2; exit 1; }
sed -e 's/@@VERSION_CLASSFILE_MAJOR@@/61/' -e 's/@@VERSION_CLASSFILE_MINOR@@/0/' \
  "$jb/share/native/include/classfile_constants.h.template" >"$out/hdr/classfile_constants.h"

# 2. The sources are 17.0.19, the image holds 17.0.15's classes: every native method and constant
#    of the installed classes must be declared alike in the sources (17.0.19 may add some)
classes=$(sed 's|^[a-z]*/classes/||; s|\.java$||' "$out/files.txt")
signatures() { grep -E ' native |static final [a-z]+ [A-Za-z_0-9]+ = ' | sort -u; }
"$jdk/bin/javap" -p -constants ${classes//\//.} | signatures >"$out/natives-jdk.txt"
(cd "$out/classes" && "$jdk/bin/javap" -p -constants $(printf '%s.class ' $classes)) | signatures >"$out/natives-source.txt"
if [ -n "$(comm -23 "$out/natives-jdk.txt" "$out/natives-source.txt")" ]; then
  echo "native: the $jdk_source_version source does not declare these natives or constants of JDK $jdk_version:" >&2
  comm -23 "$out/natives-jdk.txt" "$out/natives-source.txt" >&2
  exit 1
fi

# 3. compile: each library from share/, unix/ and linux/ native/lib<name> (and their subfolders)
cflags=(-O2 -fPIC -fno-strict-aliasing -fno-omit-frame-pointer -fvisibility=hidden -w
  -DSTATIC_BUILD=1 -D_GNU_SOURCE -D_REENTRANT -D_LARGEFILE64_SOURCE -DLINUX -DNDEBUG -D_LP64=1
  -DARCH='"amd64"' -Damd64 -DARCHPROPNAME='"amd64"'
  -I"$out/hdr" -I"$jb/share/native/include" -I"$jb/unix/native/include"
  -I"$out/hotspot/share/include" -I"$out/hotspot/os/posix/include"
  -I"$jb/share/native/libjava" -I"$jb/unix/native/libjava" -I"$jb/share/native/libfdlibm")
dirs_of() { local d; for d in "$jb"/{share,unix,linux}/native/lib"$1"; do [ -d "$d" ] && find "$d" -type d -not -path '*/zlib*'; done; }
build_lib() {   # name [extra cflags...]: every .c of its folders into lib<name>.a
  local name="$1"; shift
  local includes=() dir src obj objs=()
  for dir in $(dirs_of "$name"); do includes+=(-I"$dir"); done
  mkdir -p "$out/obj/$name"
  for dir in $(dirs_of "$name"); do
    for src in "$dir"/*.c; do
      [ -f "$src" ] || continue
      obj="$out/obj/$name/$(basename "$src" .c).o"
      gcc "${cflags[@]}" "${includes[@]}" "$@" -DLIBRARY_NAME="$name" -c "$src" -o "$obj"
      objs+=("$obj")
    done
  done
  ar rcs "$lib/lib$name.a" "${objs[@]}"
}
build_lib fdlibm -O0 -ffp-contract=off   # as the JDK: no optimisation (StrictMath's exact results)
# VERSION_STRING: what ProcessImpl passes jspawnhelper, which checks it is its own JDK's
build_lib java -DVERSION_STRING="\"$jdk_version\""
build_lib net
build_lib nio -I"$jb/share/native/libnet" -I"$jb/unix/native/libnet"
build_lib zip -DUSE_MMAP -UDEBUG          # zlib: the system's (zlib1g-dev), linked by the image
touch "$lib/done"
ls -l "$lib"/*.a
