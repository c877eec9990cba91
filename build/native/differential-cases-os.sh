# Sourced by differential.sh after differential-cases.sh: the cases that need the operating
# system's help (another user, a mount, an immutable folder, a small heap), as UnwritableFolderTest,
# PermissionBitsTest, OtherUserProcessTest, StateOwnerTest and OutOfMemoryProcessTest run them. Each
# is a "skip" with its reason where this machine cannot run it (not root, no setpriv, no user to
# switch to, no tmpfs, no chattr).
# `files DIR` lists the folder's files, and the state's and its backup's owner, mode and checksum:
# a side compares it before and after a failed change (the queue's counters may move: a ticket was
# taken); the two sides' states differ in their instants, so the checksums are never printed.
read -r -d '' os_functions <<'EOF'
files() { (cd "$1" && ls && for f in state.json state.json.bak; do echo "$(stat -c '%U:%G %a' $f) $(md5sum <$f) $f"; done); }
as_user() { @AS_USER@ "$@"; }
user_tracker() { as_user bash -c "$TRACKER_COMMAND \"\$@\"" tracker "$@"; }
mocking=go-architect-tracker/interfaces/l2/mocking dip=go-architect-tracker/solid-principles-in-go/l2/dip-mocking
golden=go-architect-tracker/interfaces/l2/golden-rule
EOF
os_case() {   # name script: case_ with the functions above, @USER@ the user who is not root
  local script="$os_functions
$2"
  script="${script//@AS_USER@/$as_user}"
  case_ "$1" "${script//@USER@/$os_user}"
}

# a user who is not root: src/test/shell/as-user.sh's, made the way that script makes it, switched
# to by setpriv; when the suite itself runs as a user who is not root, that user (no switch), and
# the cases that need root as well are skipped
os_user=tracker-ci as_user="setpriv --reuid=$os_user --regid=$os_user --init-groups" os_skip=
if [ "$(id -u)" != 0 ]; then
  os_user="$(id -un)" as_user= os_skip="root's files and switching to another user need root"
elif ! command -v setpriv >/dev/null; then
  os_skip="no setpriv (util-linux)"
elif ! id "$os_user" >/dev/null 2>&1 && ! useradd --create-home --shell /bin/bash "$os_user" >/dev/null 2>&1; then
  os_skip="no user $os_user, and useradd could not make one"
fi
chmod 755 "$work"   # the other user reaches the sandbox (its files are 0644 or 0755, the states 0600)

# PermissionBitsTest: the user's own state in a folder they may no longer write
if [ -z "$os_skip" ] || [ "$(id -u)" != 0 ]; then
  os_case "as another user: a folder of mode 0555" "mkdir st && chown @USER@: st
    user_tracker check \$mocking --state st/state.json >/dev/null && user_tracker check \$dip --state st/state.json >/dev/null; files st >before
    chmod 0555 st; user_tracker uncheck \$mocking --state st/state.json; echo \"uncheck \$?\"
    user_tracker status --state st/state.json >/dev/null; echo \"status \$?\"; files st | diff before - && echo 'the files are unchanged'; chmod 0755 st"
  # DamagedRoadmapFilesTest, RoadmapLoaderTest (as as-user.sh runs them): a roadmap, a folder of roadmaps they may not read
  os_case "as another user: roadmaps they may not read" "mkdir mine closed && cp roadmaps/go-mastery-plan.md mine/ && cp mine/go-mastery-plan.md closed/
    printf -- '- [ ] s\\n' >mine/secret.md && chmod 0200 mine/secret.md && chmod 0300 closed && chown -R @USER@: mine closed
    for where in mine closed mine/secret.md; do user_tracker status --roadmaps \$where --state none.json; echo \"status \$?\"; done; chmod 0755 closed"
else
  for name in "as another user: a folder of mode 0555" "as another user: roadmaps they may not read"; do skip_ "$name" "$os_skip"; done
fi
if [ -z "$os_skip" ]; then
  # OtherUserProcessTest: root's state in a folder anyone may write, changed by another user
  os_case "as another user: root's state in a shared folder" "mkdir shared && chmod 0777 shared && tracker check \$mocking --state shared/state.json >/dev/null
    chmod 0666 shared/state.json; files shared >before; user_tracker check \$dip --state shared/state.json; echo \"check \$?\"
    files shared | diff before - && echo 'the files are unchanged'; user_tracker status --state shared/state.json | head -3"
  # StateOwnerTest: root changing the user's state leaves every file the user's (its lock files made anew)
  os_case "root changing another user's state" "mkdir st && chown @USER@: st && user_tracker check \$mocking --state st/state.json >/dev/null
    rm st/state.json.lock st/state.json.queue; tracker check \$dip --state st/state.json; echo \"check \$?\"
    stat -c '%U:%G %a %n' st/*; user_tracker log -n 2 --state st/state.json"
  # the config's warnings (ConfigPermissions): another user's config, then one anyone may write
  os_case "as another user: a config of root's, then one anyone may write" "mkdir -p home/.config/tracker && printf 'week-start = \"sunday\"\\n' >home/.config/tracker/config.toml
    user_tracker config; echo \"config \$?\"; chown @USER@: home/.config/tracker/config.toml && chmod 0666 home/.config/tracker/config.toml
    user_tracker config | grep week-start; echo \"config \${PIPESTATUS[0]}\""
else
  for name in "as another user: root's state in a shared folder" \
    "root changing another user's state" "as another user: a config of root's, then one anyone may write"; do
    skip_ "$name" "$os_skip"
  done
fi

# UnwritableFolderTest: a read-only mount (root ignores permission bits, not a read-only file system)
if [ "$(id -u)" = 0 ] && mkdir -p "$work/ro" && mount -t tmpfs -o size=256k tmpfs "$work/ro" 2>/dev/null; then
  umount "$work/ro"
  os_case "a read-only file system" "mkdir ro && mount -t tmpfs -o size=256k tmpfs ro
    tracker check \$mocking --state ro/state.json >/dev/null && tracker check \$dip --state ro/state.json >/dev/null; files ro >before
    mount -o remount,ro ro && tracker check \$golden --state ro/state.json; echo \"check \$?\"
    tracker status --state ro/state.json >/dev/null; echo \"status \$?\"; files ro | diff before - && echo 'the files are unchanged'; umount ro"
else
  skip_ "a read-only file system" "mounting a tmpfs needs root"
fi
# UnwritableFolderTest: an immutable folder refuses even root (EPERM)
if mkdir -p "$work/locked" && chattr +i "$work/locked" 2>/dev/null; then
  chattr -i "$work/locked"
  os_case "an immutable folder (chattr +i)" "mkdir locked && tracker check \$mocking --state locked/state.json >/dev/null && tracker check \$dip --state locked/state.json >/dev/null
    files locked >before; chattr +i locked && tracker check \$golden --state locked/state.json; echo \"check \$?\"
    files locked | diff before - && echo 'the files are unchanged'; chattr -i locked"
else
  skip_ "an immutable folder (chattr +i)" "chattr +i needs root and a file system that has it (ext4, xfs)"
fi

# OutOfMemoryProcessTest: its history of 180,012 entries (six checks' twelve, 15,001 times, 27 MB) and a heap
# too small for it: one line, exit 71, the state unchanged; then enough heap. The heap is limited
# by -Xmx on each side's command line (java -Xmx… -jar; the binary takes -Xmx as its first
# arguments). 32 MB: the binary raises a smaller -Xmx to 32 MB, which its line would name.
mkdir -p "$work/oom" && printf '# R\n\n- [ ] one\n- [ ] two\n- [ ] three\n- [ ] four\n- [ ] five\n- [ ] six\n- [ ] seven\n' >"$work/oom/r.md"
for skill in one two three four five six; do
  env -i "${sandbox_env[@]}" "$java" -jar "$jar" check "$skill" --roadmaps "$work/oom" --state "$work/oom/small.json" >/dev/null
done
awk -v copies=15000 '!in_history && !done { print; if ($0 ~ /"history": \[$/) in_history = 1; next }
  in_history && /^  \]/ { for (c = 0; c <= copies; c++) for (i = 1; i <= n; i++) print (i == n && c < copies) ? entry[i] "," : entry[i]
    in_history = 0; done = 1; print; next }
  in_history { entry[++n] = $0; next }
  { print }' "$work/oom/small.json" >"$work/oom/state.json"
os_case "out of memory (-Xmx32m), then enough (-Xmx512m)" "heap() { local size=\$1; shift; if [ \$TRACKER_SIDE = jar ]; then bash -c \"\${TRACKER_COMMAND/ -jar / -Xmx\$size -jar } \\\"\\\$@\\\"\" tracker \"\$@\"; else tracker -Xmx\$size \"\$@\"; fi; }
  cp '$work/oom/state.json' big.json && cp '$work/oom/small.json' big.json.bak && md5sum big.json* >before; grep -c '\"kind\"' big.json
  heap 32m check seven --roadmaps '$work/oom' --state big.json; echo \"check \$?\"; md5sum big.json* | diff before - && echo 'the files are unchanged'
  heap 512m check seven --roadmaps '$work/oom' --state big.json; echo \"check \$?\"; grep -c '\"kind\"' big.json"
