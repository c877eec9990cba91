# Sourced by the launchers (./tracker and the installed one): which java runs the jar, and
# with which class-data archive. Bash builtins only on the common path: every fork is time.
#   tracker_exec JAR ARGS...   runs the tracker (exec)
#   tracker_train JAR          makes the archive for JAR now, in the foreground (bench/startup)
# TRACKER_JAVA picks the java by hand; TRACKER_JVM_ARCHIVE=off runs without the archive;
# TRACKER_CACHE=off turns off both the archive and the roadmap cache.

# Short-lived runs: C1 only and the serial collector start fastest.
TRACKER_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# The JDK version in a java's release file ("25.0.3"), into $jdk_version; empty when unknown.
tracker_jdk_version() {
  local line
  jdk_version=""
  [ -r "${1%/bin/java}/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in JAVA_VERSION=*) line="${line#JAVA_VERSION=}"; jdk_version="${line//\"/}"; return 0 ;; esac
  done <"${1%/bin/java}/release"
}

# $java and $jdk_version: $TRACKER_JAVA, else $JAVA_HOME/bin/java, else the java on PATH. (A newer
# JDK beside it is not preferred: measured here, JDK 25 with its AOT cache started `status` about
# 10% slower than JDK 17 with AppCDS; see the README's Performance section.)
tracker_pick_java() {
  java="${TRACKER_JAVA:-}"
  if [ -z "$java" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
  if [ -z "$java" ]; then java="$(command -v java || echo java)"; fi
  tracker_jdk_version "$(readlink -f "$(command -v "$java" || echo "$java")")"
}

# $archive: the class-data archive for this java and jar, in the tracker's cache folder; empty for none.
tracker_archive_path() {
  local jar="$1" folder="${TRACKER_CACHE:-${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}}" major="${jdk_version%%.*}"
  archive=""
  [ "${TRACKER_CACHE:-}" = off ] || [ "${TRACKER_JVM_ARCHIVE:-}" = off ] || [ -z "$jdk_version" ] || [ -z "$folder" ] \
    && return 0
  [ -n "${TRACKER_CACHE:-}" ] || folder="$folder/tracker"
  case "$major" in ''|*[!0-9]*) return 0 ;; esac
  local name="jvm-$jdk_version-${jar//\//_}"
  if [ "$major" -ge 25 ]; then archive="$folder/$name.aot"; else archive="$folder/$name.jsa"; fi
}

# Runs the training workload (dev.tracker.app.Warmup) once, writing the archive under a temporary name first.
tracker_train() {
  local jar="$1"
  tracker_pick_java
  tracker_archive_path "$jar"
  [ -n "$archive" ] || return 0
  mkdir -p "${archive%/*}" || return 0
  local temp="$archive.$$.tmp"
  if [ "${jdk_version%%.*}" -ge 25 ]; then
    "$java" "${TRACKER_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$temp" -Xlog:aot=off -Xlog:cds=off \
      -cp "$jar" dev.tracker.app.Warmup && mv -f "$temp" "$archive"
  else
    "$java" "${TRACKER_JVM_FLAGS[@]}" -XX:ArchiveClassesAtExit="$temp" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp "$jar" dev.tracker.app.Warmup && mv -f "$temp" "$archive"
  fi
  rm -f "$temp" "$temp.config"
}

tracker_exec() {
  local jar="$1"; shift
  tracker_pick_java
  tracker_archive_path "$jar"
  local flags=("${TRACKER_JVM_FLAGS[@]}")
  if [ -n "$archive" ] && [ "$archive" -nt "$jar" ]; then
    if [ "${jdk_version%%.*}" -ge 25 ]; then
      flags+=(-XX:AOTCache="$archive" -Xlog:aot=off -Xlog:cds=off)
    else
      flags+=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
  elif [ -n "$archive" ] && mkdir -p "${archive%/*}" 2>/dev/null; then
    # a training run killed half-way leaves its marker: after 10 minutes it no longer counts
    [ -d "$archive.training" ] && [ -n "$(find "$archive.training" -maxdepth 0 -mmin +10 2>/dev/null)" ] \
      && rmdir "$archive.training" 2>/dev/null
    if mkdir "$archive.training" 2>/dev/null; then
      # first run of this build: train in the background, out of this command's way and its pipes
      ( trap 'rmdir "$archive.training" 2>/dev/null' EXIT; tracker_train "$jar" ) </dev/null >/dev/null 2>&1 &
    fi
  fi
  exec "$java" "${flags[@]}" -jar "$jar" "$@"
}
