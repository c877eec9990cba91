#!/usr/bin/env bash
# NOT a native build yet: how far the registry-only route (issue 19, ../shared/design/native-study.md)
# gets on this machine, reproduced step by step so that the next step can start from here.
# Inputs, pinned by sha256: svm 23.0.6 and companions from Maven Central, OpenJDK 17.0.15 (installed).
# Reached: the builder (NativeImageGeneratorRunner) runs on the stock JDK with JVMCI and gets through
# its feature setup with one svm patch (patches/); it then stops at the JDK's static libraries:
#   Error: Building images for org.graalvm.nativeimage.Platform$LINUX_AMD64 (target libc: glibc)
#   requires static JDK libraries. ... Missing libraries: java, nio, net, zip
# README "Native binary" lists what is left.
#   usage: build/native/probe-jdk17.sh      (work in target/native-probe; about 1 minute, 1 GB)
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
here="$home/build/native"
work="$home/target/native-probe"
jdk="${NATIVE_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
mkdir -p "$work"

# the patches were written against this JDK: another one must fail here, not later and strangely
jdk_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release")
if [ "$jdk_version" != "17.0.15+6-Debian-1deb12u1" ]; then
  echo "native: the svm patches were made for JDK 17.0.15+6-Debian-1deb12u1, $jdk has $jdk_version" >&2
  exit 1
fi

# 1. the builder's jars from Maven Central, each checked against its sha256
inputs=(
  "org.graalvm.nativeimage:svm:23.0.6 8c6f2cea49265fc75da18c52921437a97501f9be55970a05c5cff9f593b8ed0f"
  "org.graalvm.nativeimage:svm:23.0.6:jar:sources 8eefea48c7ff81373944d7f0458c5cf47b2dd11dc49b6916fad57f07c810b9b8"
  "org.graalvm.nativeimage:pointsto:23.0.6 faefb1186aa558b1be7693421fbf647c53c8d9321cbafe5a54debdca3b221c3f"
  "org.graalvm.nativeimage:objectfile:23.0.6 5aa3889adfd8a6e2877b8f72a88e6c3208462983a4af79db3bae71f232bbb4ff"
  "org.graalvm.nativeimage:native-image-base:23.0.6 af8b67fee0cb7fdb9b89a91936b9c380d7ecd7e5062218cf1c4fa810fecac143"
  "org.graalvm.sdk:graal-sdk:23.0.6 9b81713444695f75890ad10176d1ceacad88c7b89021260c701e5f1578f89699"
  "org.graalvm.truffle:truffle-api:23.0.6 49f55c94104b35b4f231b2b5fbe95310e89e9eab752b5fbe40c870f40a7d4200"
  "org.graalvm.compiler:compiler:23.0.6 d16e57cd52ae0b3ea93938801a1688e45ba6212dbf4cb47e446060cc779bbe09"
)
jar_of() {   # group:artifact:version[:jar:classifier] -> its path in the local repository
  local g a v c
  IFS=: read -r g a v _ c <<<"$1"
  echo "$repo/${g//.//}/$a/$v/$a-$v${c:+-$c}.jar"
}
for input in "${inputs[@]}"; do
  coords="${input% *}" sum="${input#* }" file="$(jar_of "${input% *}")"
  [ -f "$file" ] || mvn -q -B dependency:get -Dartifact="$coords" >&2
  echo "$sum  $file" | sha256sum --quiet -c - || { echo "native: $file is not the pinned $coords" >&2; exit 1; }
done
svm="$(jar_of org.graalvm.nativeimage:svm:23.0.6)"

# 2. the builder's module layout: its own modules, Graal as the upgraded jdk.internal.vm.compiler
others=""
for a in nativeimage:pointsto nativeimage:objectfile nativeimage:native-image-base sdk:graal-sdk truffle:truffle-api; do
  others="$others:$(jar_of "org.graalvm.${a%%:*}:${a#*:}:23.0.6")"
done
mp="$svm$others"   # the stock svm: to list the modules and compile the patches against
up="$(jar_of org.graalvm.compiler:compiler:23.0.6)"
# Without GraalVM's launcher nobody opens the JDK to the builder: every package it does not export
# is exported (and those of the modules it reads by reflection opened) to the builder's modules.
# The JVM takes at most 1000 of each, hence the short list of modules to open.
builder=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.base,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.objectfile,jdk.internal.vm.compiler,org.graalvm.sdk,org.graalvm.truffle
opened=" java.base jdk.internal.vm.ci jdk.management jdk.jfr java.management org.graalvm.truffle org.graalvm.sdk jdk.unsupported java.logging jdk.internal.vm.compiler java.xml java.naming java.security.jgss java.net.http java.scripting java.rmi java.sql jdk.net jdk.zipfs jdk.crypto.ec jdk.httpserver "
if [ ! -s "$work/args.txt" ]; then
  "$jdk/bin/java" --module-path "$mp" --upgrade-module-path "$up" --add-modules ALL-DEFAULT --list-modules \
    | awk '{sub(/@.*/, "", $1); print $1}' | grep -v '^jdk.internal.vm.compiler$' | while read -r module; do
    "$jdk/bin/java" --module-path "$mp" --upgrade-module-path "$up" --add-modules ALL-DEFAULT --describe-module "$module" \
      | awk -v m="$module" -v t="$builder" -v o="$opened" 'BEGIN { open = index(o, " " m " ") > 0 }
          $1 == "exports" && open { print "--add-opens=" m "/" $2 "=" t }
          $1 == "contains" || ($1 == "qualified" && $2 == "exports") {
            p = $1 == "qualified" ? $3 : $2; print "--add-exports=" m "/" p "=" t; if (open) print "--add-opens=" m "/" p "=" t }'
  done | sort -u >"$work/args.txt.tmp"
  mv "$work/args.txt.tmp" "$work/args.txt"
fi

# 3. the builder's progress reporter loads a JNI helper from a GraalVM's lib/svm/builder/lib
gcc -O2 -fPIC -shared -I"$jdk/include" -I"$jdk/include/linux" -o "$work/libreporterchelper.so" "$here/c/reporterchelper.c"

# 4. svm patched for this JDK: its sources, the patches applied, the changed files compiled into a copy
rm -rf "$work/svm-src" "$work/svm-classes"
mkdir -p "$work/svm-src" "$work/svm-classes"
for patch in "$here"/patches/svm-*.patch; do
  for file in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$patch"); do
    (cd "$work/svm-src" && unzip -q -o "$(jar_of org.graalvm.nativeimage:svm:23.0.6:jar:sources)" "$file")
  done
  patch -s -d "$work/svm-src" -p1 <"$patch"
done
grep '^--add-exports' "$work/args.txt" >"$work/javac-args.txt"
"$jdk/bin/javac" -nowarn -XDsuppressNotes -d "$work/svm-classes" --module-path "$mp" --upgrade-module-path "$up" \
  --patch-module org.graalvm.nativeimage.builder="$work/svm-src" @"$work/javac-args.txt" \
  $(cd "$work/svm-src" && find . -name '*.java' | sed "s|^\.|$work/svm-src|") 2>&1 | grep -v 'warning\|^import\|^ *\^\|^ *[a-zA-Z].*;$' >&2 || true
cp "$svm" "$work/svm-patched.jar"
(cd "$work/svm-classes" && jar uf "$work/svm-patched.jar" $(find . -name '*.class'))
mp="$work/svm-patched.jar$others"

# 5. a hello world through the builder: it stops at the static JDK libraries (java, nio, net, zip)
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello native"); } }\n' >"$work/hello/Hello.java"
"$jdk/bin/javac" -d "$work/hello" "$work/hello/Hello.java"
nice "$jdk/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler -Xmx3g \
  -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
  -Djdk.internal.lambda.disableEagerInitialization=true -Dtruffle.TrustAllTruffleRuntimeProviders=true \
  -Dsubstratevm.reporterchelper.path="$work" @"$work/args.txt" \
  --module-path "$mp" --upgrade-module-path "$up" --add-modules ALL-DEFAULT \
  -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
  -imagecp "$work/hello" -H:Path="$work/out" -H:Name=hello -H:Class=Hello ${CLIBRARY_PATH:+-H:CLibraryPath=$CLIBRARY_PATH} \
  && "$work/out/hello"
