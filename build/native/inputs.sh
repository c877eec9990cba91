# Sourced by the native build's scripts: the JDK it was made for and its inputs, pinned.
# Inputs come from registries only: Maven Central (the builder's jars) and Debian (the JDK's source).
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$home/build/native"
work="${NATIVE_WORK:-$home/target/native-build}"
jdk="${NATIVE_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
# where Debian's source package is (or is fetched to); `apt-get source` needs a deb-src entry
downloads="${NATIVE_DOWNLOADS:-$work/download}"
mkdir -p "$work"

# The patches, the C libraries and the static libraries were made for this JDK (its class files
# are what the image holds); another one must fail here, clearly, not produce a binary that misbehaves.
native_jdk_version="17.0.15+6-Debian-1deb12u1"
jdk_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release" 2>/dev/null || true)
if [ "$jdk_version" != "$native_jdk_version" ]; then
  echo "native: the build was made for JDK $native_jdk_version, $jdk has ${jdk_version:-no release file}" >&2
  echo "native: set NATIVE_JDK to that JDK, or redo build/native's patches for this one" >&2
  exit 1
fi

# Debian's openjdk-17 source (17.0.19, two updates newer than the JDK: static-libs.sh checks that
# every native method of the sources it compiles is the one the installed JDK's classes declare)
jdk_source_version="17.0.19+10-1~deb12u2"
jdk_source_tar="openjdk-17_17.0.19+10.orig.tar.xz"
jdk_source_sha256="7a61915b168dfb9b45413140d78e38dc5b5250d99d1d99fef7136bf9fd45a07c"   # from its .dsc
jdk_source_top="openjdk-17-17.0.19+10"

# the builder's jars from Maven Central
builder_inputs=(
  "org.graalvm.nativeimage:svm:23.0.6 8c6f2cea49265fc75da18c52921437a97501f9be55970a05c5cff9f593b8ed0f"
  "org.graalvm.nativeimage:svm:23.0.6:jar:sources 8eefea48c7ff81373944d7f0458c5cf47b2dd11dc49b6916fad57f07c810b9b8"
  "org.graalvm.nativeimage:pointsto:23.0.6 faefb1186aa558b1be7693421fbf647c53c8d9321cbafe5a54debdca3b221c3f"
  "org.graalvm.nativeimage:objectfile:23.0.6 5aa3889adfd8a6e2877b8f72a88e6c3208462983a4af79db3bae71f232bbb4ff"
  "org.graalvm.nativeimage:native-image-base:23.0.6 af8b67fee0cb7fdb9b89a91936b9c380d7ecd7e5062218cf1c4fa810fecac143"
  "org.graalvm.sdk:graal-sdk:23.0.6 9b81713444695f75890ad10176d1ceacad88c7b89021260c701e5f1578f89699"
  "org.graalvm.truffle:truffle-api:23.0.6 49f55c94104b35b4f231b2b5fbe95310e89e9eab752b5fbe40c870f40a7d4200"
  "org.graalvm.compiler:compiler:23.0.6 d16e57cd52ae0b3ea93938801a1688e45ba6212dbf4cb47e446060cc779bbe09"
  "org.graalvm.compiler:compiler:23.0.6:jar:sources 8b4b29a58117332fa39158b78259cfaeddc8a7240f59b24fcf3bc971bffaec58"
)

jar_of() {   # group:artifact:version[:jar:classifier] -> its path in the local repository
  local g a v c
  IFS=: read -r g a v _ c <<<"$1"
  echo "$repo/${g//.//}/$a/$v/$a-$v${c:+-$c}.jar"
}

check_sha256() {   # file sum what: stop unless the file is the pinned one
  echo "$2  $1" | sha256sum --quiet -c - 2>/dev/null || { echo "native: $1 is not the pinned $3 (sha256 $2)" >&2; exit 1; }
}

fetch_builder_jars() {
  local input coords sum file
  for input in "${builder_inputs[@]}"; do
    coords="${input% *}" sum="${input#* }" file="$(jar_of "$coords")"
    [ -f "$file" ] || mvn -q -B dependency:get -Dartifact="$coords" >&2
    check_sha256 "$file" "$sum" "$coords"
  done
}

fetch_jdk_source() {   # -> the path of the checked tarball
  local tar="$downloads/$jdk_source_tar"
  if [ ! -f "$tar" ]; then
    mkdir -p "$downloads"
    (cd "$downloads" && apt-get source --download-only "openjdk-17=$jdk_source_version" >&2) || {
      echo "native: could not fetch Debian's openjdk-17 $jdk_source_version source (a deb-src entry for bookworm is needed)" >&2
      exit 1
    }
  fi
  check_sha256 "$tar" "$jdk_source_sha256" "openjdk-17 $jdk_source_version source"
  echo "$tar"
}

inputs_reachable() {   # 0 when every input is here or listed by its registry; names what is not
  local missing=0 input file
  for input in "${builder_inputs[@]}"; do
    file="$(jar_of "${input% *}")"
    if [ -f "$file" ]; then
      echo "${input#* }  $file" | sha256sum --quiet -c - 2>/dev/null || { echo "native: $file is not the pinned ${input% *}"; missing=1; }
    elif ! mvn -q -B dependency:get -Dartifact="${input% *}" >/dev/null 2>&1; then
      echo "native: ${input% *} is not in the local Maven repository and Maven Central does not answer"; missing=1
    fi
  done
  if [ ! -f "$downloads/$jdk_source_tar" ] &&
     ! apt-get source --print-uris "openjdk-17=$jdk_source_version" 2>/dev/null | grep -q "$jdk_source_tar .* SHA256:$jdk_source_sha256"; then
    echo "native: Debian's openjdk-17 $jdk_source_version source is not listed (no deb-src entry for bookworm?)"; missing=1
  fi
  command -v gcc >/dev/null || { echo "native: gcc is not installed"; missing=1; }
  [ -f /usr/include/zlib.h ] || { echo "native: zlib's header is not installed (zlib1g-dev)"; missing=1; }
  return "$missing"
}
