#!/usr/bin/env bash
# target/tracker-native without a GraalVM (issue 19, README "Native binary"): native-image's
# builder from Maven Central run on the installed OpenJDK 17.0.15 with JVMCI, the JDK's static
# libraries compiled from Debian's source, svm's C libraries from build/native/c. Every input is
# pinned (inputs.sh); every step writes under target/native-build, never into the repository.
#   usage: build/native/build.sh [--hello]     (--hello: a hello world only, to try the route)
# Steps: static-libs.sh, svm-clibs.sh, builder.sh, then the image of target/tracker.jar.
#   build/native/build.sh --check-inputs      (seconds: the JDK, the pinned inputs, gcc and zlib)
# NATIVE_IMAGE_ARGS: more builder options, say -H:-DeleteLocalSymbols for a binary perf can name
set -euo pipefail
source "$(dirname "$0")/inputs.sh"
if [ "${1:-}" = --check-inputs ]; then
  inputs_reachable && echo "native: JDK $jdk_version and every pinned input are here or reachable"
  exit
fi
bash "$here/static-libs.sh"
bash "$here/svm-clibs.sh"
bash "$here/builder.sh"
b="$work/builder"
others="$(cat "$b/others.txt")"

if [ "${1:-}" = --hello ]; then
  mkdir -p "$work/hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello native"); } }\n' >"$work/hello/Hello.java"
  "$jdk/bin/javac" -d "$work/hello" "$work/hello/Hello.java"
  image=(-imagecp "$work/hello" -H:Path="$work/hello" -H:Name=hello -H:Class=Hello)
  output="$work/hello/hello"
else
  jar="$home/target/tracker.jar"
  [ -f "$jar" ] || { echo "native: build the jar first (mvn -o -q -DskipTests package)" >&2; exit 1; }
  # GraalVM's launcher reads the jars' META-INF/native-image; the builder alone does not:
  # each folder of configuration is a resource root, each native-image.properties' Args passed on
  meta="$work/meta" && rm -rf "$meta" && mkdir -p "$meta"
  (cd "$meta" && unzip -q "$jar" 'META-INF/native-image/*')
  config=()
  for dir in $(cd "$meta" && find META-INF/native-image -mindepth 2 -maxdepth 2 -type d | sort); do
    config+=(-H:ConfigurationResourceRoots="$dir")
    [ -f "$meta/$dir/native-image.properties" ] || continue
    for arg in $(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$meta/$dir/native-image.properties" | sed -n 's/^Args *= *//p'); do
      case "$arg" in
        -H:*) config+=("${arg//\$\{.\}/$dir}") ;;
        *) echo "native: $dir/native-image.properties: $arg is for GraalVM's launcher, which this build does not have" >&2; exit 1 ;;
      esac
    done
  done
  image=(-imagecp "$jar" -H:Path="$work/out" -H:Name=tracker-native -H:Class=dev.tracker.app.Main "${config[@]}"
    -H:FallbackThreshold=0 -H:+AddAllCharsets -H:+ReportExceptionStackTraces
    # not position-independent: a PIE image is relocated at every start (46,000 pointers of its heap on 374
    # pages, copied on write), some 740 page faults of `status`'s 1,720; Go's binaries are not PIE either
    -H:NativeLinkerOption=-no-pie)
  output="$work/out/tracker-native"
fi

# the builder as GraalVM's launcher would start it, at low priority (the machine is shared)
nice "$jdk/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler \
  -Xss10m -Xmx${NATIVE_XMX:-4g} -XX:+UseParallelGC \
  -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
  -Djdk.internal.lambda.disableEagerInitialization=true -Dtruffle.TrustAllTruffleRuntimeProviders=true \
  -Dsubstratevm.reporterchelper.path="$b" @"$b/args.txt" \
  --module-path "$b/svm-patched.jar$others" --upgrade-module-path "$b/compiler-patched.jar" --add-modules ALL-DEFAULT \
  -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
  "${image[@]}" -H:CLibraryPath="$work/jdk-static/lib,$work/clibs" -H:TempDirectory="$work/tmp" ${NATIVE_IMAGE_ARGS:-}

if [ "${1:-}" = --hello ]; then
  "$output"
else
  cp "$output" "$home/target/tracker-native.tmp" && mv "$home/target/tracker-native.tmp" "$home/target/tracker-native"
  ls -l "$home/target/tracker-native"
fi
