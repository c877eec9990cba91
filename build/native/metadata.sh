#!/usr/bin/env bash
# Regenerates the tracker's native-image metadata (src/main/resources/META-INF/native-image/
# dev.tracker/tracker/) from the built jar: build/native/metadata/NativeMetadata.java says how.
#   usage: build/native/metadata.sh           rewrite the committed files (then read the diff)
#          build/native/metadata.sh --check   fail, with the diff, when they differ from the build
# Needs target/tracker.jar and target/classes (mvn -o -q -DskipTests package) and picocli-codegen
# in the local Maven repository (the version of the pom's picocli.version).
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
committed="$home/src/main/resources/META-INF/native-image/dev.tracker/tracker"
picocli=$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' "$home/pom.xml")
# the copy `mvn -Pnative package` makes, else the local Maven repository's
codegen="$home/target/native-tools/picocli-codegen.jar"
[ -f "$codegen" ] || codegen="${MAVEN_REPO:-$HOME/.m2/repository}/info/picocli/picocli-codegen/$picocli/picocli-codegen-$picocli.jar"
if [ ! -f "$codegen" ]; then
  echo "metadata: $codegen is missing; fetch it: mvn dependency:get -Dartifact=info.picocli:picocli-codegen:$picocli" >&2
  exit 1
fi
if [ ! -f "$home/target/tracker.jar" ] || [ ! -d "$home/target/classes" ]; then
  echo "metadata: build the jar first: mvn -o -q -DskipTests package" >&2
  exit 1
fi
out="$committed"
if [ "${1:-}" = --check ]; then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
java -cp "$home/target/tracker.jar:$codegen" "$home/build/native/metadata/NativeMetadata.java" "$home/target/classes" "$out"
if [ "${1:-}" = --check ]; then
  for file in reflect-config.json resource-config.json; do
    if ! diff -u "$committed/$file" "$out/$file"; then
      echo "metadata: $committed/$file is not what the build generates; run build/native/metadata.sh and commit it" >&2
      exit 1
    fi
  done
  echo "metadata: up to date"
fi
