# Sourced by differential.sh: case_ NAME SCRIPT, the script run by bash in a fresh sandbox
# (TRACKER_ROADMAPS, TRACKER_STATE, HOME set; `tracker` is the side under test, `jar_tracker` and
# `native_tracker` each binary whatever the side). The command lines are those of the tests that
# run the tracker as a process (TrackerProcess, ChildJvm, the README samples, bench/shell-tmux.sh).
mocking=go-architect-tracker/interfaces/l2/mocking
dip=go-architect-tracker/solid-principles-in-go/l2/dip-mocking

# reading commands, every output form
for args in "status" "status --json" "status go-architect-tracker --depth 2" "status interfaces" "status --ascii" \
  "status --color=always" "next" "next --json" "next --count 3 --depth-first" "next --reviews 2" "gaps" "gaps --json" \
  "gaps go-architect-tracker" "context" "context --format json" "context --max-chars 400" "list" "list --json" \
  "list go-mastery-plan --todo" "list --done --level 2" "show $mocking" "show $mocking --json" "show interfaces" \
  "search mock" "search mock --json" "log" "log --json" "log -n 1" "log --since 2026-11-20" "stats" "stats --json" \
  "stats go-architect-tracker --weeks 4" "doctor" "review --list" "review --list --json" "config" "help" "help check" \
  "" "--version" "completion bash" "completion zsh" "__complete ch" "__complete check mock" "write-marks --dry-run"; do
  case_ "tracker $args" "tracker $args${args:+ }| sed '/^Java /d'"
done
# every command's --help (the list from the jar's own help)
for command in $(java -jar "$jar" --help | sed -n '/^Commands:/,$p' | awk '/^  [a-z]/ {print $1}'); do
  case_ "tracker $command --help" "tracker $command --help"
done
case_ "report --html FILE" "tracker report --html r.html && grep -c . r.html && sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:]+//g' r.html | md5sum"
case_ "report --html -" "tracker report --html - | wc -l"

# writing commands on the sandbox's own state, then what they left
case_ "check, status, undo, status" "tracker check $dip && tracker status && tracker undo && tracker status && cat state.json"
case_ "check --all, uncheck" "tracker check --all interfaces/l3 && tracker uncheck $mocking && tracker log -n 3 && cat state.json"
case_ "start, skip, note, note --delete" "tracker start $dip && tracker skip go-architect-tracker/interfaces/l3 2>&1; tracker note $dip 'a note' && tracker note $dip --delete 1 && cat state.json"
case_ "check --json, undo --json" "tracker check $dip --json && tracker undo --json"
case_ "review --grade" "tracker review $mocking --grade good && tracker review --list --json"
case_ "check --at" "tracker check $dip --at 2026-11-01T08:00:00Z && tracker log -n 1"
case_ "write-marks" "tracker write-marks go-architect-tracker && grep -c '\[x\]' roadmaps/go-architect-tracker.md"
case_ "config set, show" "tracker config week-start sunday && tracker config && cat home/.config/tracker/config.toml"
case_ "init" "mkdir mine && cp roadmaps/go-mastery-plan.md mine/ && (unset TRACKER_ROADMAPS; tracker init --roadmaps mine && tracker status) 2>&1"
case_ "merge-state" "cp state.json base.json && tracker check $dip && cp state.json ours.json && cp base.json state.json && tracker start go-architect-tracker/interfaces/l3/generic-constraints 2>&1; cp state.json theirs.json && tracker merge-state base.json ours.json theirs.json; echo \$?; cat ours.json"
case_ "state through a pipe" "cat state.json | tracker list --done --state /dev/stdin"
case_ "state through <(…)" "tracker log --state <(cat state.json)"
case_ "check on a read-only <(…) state" "tracker check beta --state <(cat state.json)"

# bad input: one line on stderr and the documented exit code, nothing changed
for args in "chek mocking" "status --bogus" "next --count x" "next --count -1" "check" "check no-such-skill-zzqx" \
  "check mock" "status no-such-roadmap" "show" "log --since yesterday" "review $mocking --grade superb" \
  "config no-such-key" "config week-start someday" "merge-state a b" "report" "stats --weeks 0" "--color=sometimes status"; do
  case_ "bad: tracker $args" "tracker $args; echo \$?; cmp state.json state.json.bak >/dev/null 2>&1; md5sum state.json"
done
case_ "bad: state is not JSON" "echo '{\"schema\": 2, \"history\": [' >bad.json; tracker status --state bad.json; echo \$?; tracker check $dip --state bad.json; echo \$?; cat bad.json"
case_ "bad: state of a newer schema" "echo '{\"schema\": 99, \"history\": []}' >new.json; tracker status --state new.json; echo \$?"
case_ "bad: state is a folder" "mkdir d.json; tracker status --state d.json; echo \$?; tracker check $dip --state d.json; echo \$?"
case_ "bad: state in a missing folder" "tracker check $dip --state missing/s.json; echo \$?; ls missing 2>&1"
case_ "bad: roadmaps folder missing" "tracker status --roadmaps nowhere; echo \$?"
case_ "bad: empty roadmaps folder" "mkdir empty; tracker status --roadmaps empty; echo \$?"
case_ "bad: damaged roadmap files" "printf '\\xff\\xfe\\x00garbage\\n' >roadmaps/binary.md; printf '# Caf\\xc3\\x83\\xc2\\xa9\\n\\n- [ ] Caf\\xc3\\x83\\xc2\\xa9 skill\\n' >roadmaps/mojibake.md; printf '# Latin\\n\\n- [ ] Caf\\xe9 na\\xefve\\n' >roadmaps/latin1.md; tracker status; echo \$?; tracker doctor; echo \$?"
case_ "bad: conflicted state" "printf '<<<<<<< ours\\n{}\\n=======\\n{}\\n>>>>>>> theirs\\n' >c.json; tracker status --state c.json; echo \$?; tracker doctor --state c.json; echo \$?"
case_ "doctor --restore-backup" "echo garbage >state.json; tracker doctor; echo \$?; tracker doctor --restore-backup; echo \$?; tracker status"
case_ "NO_COLOR, TERM, COLUMNS" "NO_COLOR=1 tracker status --color=auto; TERM=xterm-256color COLUMNS=60 tracker list go-mastery-plan; COLUMNS=200 tracker next"
case_ "time zones" "for zone in UTC Europe/Paris America/New_York Asia/Kolkata Pacific/Chatham; do TZ=\$zone tracker log -n 2; done"

# several processes on one state: the lock keeps every change (jar and native together too)
case_ "concurrent writers" "for s in l3/generic-constraints l3/type-sets l3/constraint-inference l2/mocking; do tracker check go-architect-tracker/interfaces/\$s --at 2026-11-22T10:00:00Z >/dev/null 2>&1 & done; wait; tracker log --json | grep -o '\"skill\": *\"[^\"]*\"' | sort | uniq -c"
case_ "jar and native writers together" "for i in 1 2 3; do jar_tracker check go-architect-tracker/interfaces/l3/type-sets --at 2026-11-2\${i}T10:00:00Z >/dev/null 2>&1 & native_tracker uncheck go-architect-tracker/interfaces/l3/type-sets >/dev/null 2>&1 & done; wait; tracker doctor >/dev/null; echo \$?; tracker log --json | grep -c '\"kind\"'"
case_ "killed writers (kill -9)" "for delay in 0.01 0.05 0.1 0.2; do tracker check go-architect-tracker/interfaces/l3/type-sets >/dev/null 2>&1 & pid=\$!; sleep \$delay; kill -9 \$pid 2>/dev/null; wait \$pid 2>/dev/null; tracker doctor >/dev/null 2>&1; echo \"doctor \$?\"; tracker uncheck go-architect-tracker/interfaces/l3/type-sets >/dev/null 2>&1; done; tracker status >/dev/null; echo \$?"
if [ "$(id -u)" = 0 ] && mkdir -p "$work/full" && mount -t tmpfs -o size=64k tmpfs "$work/full" 2>/dev/null; then
  umount "$work/full"
  case_ "disk full" "mkdir full && mount -t tmpfs -o size=64k tmpfs full && cp state.json full/ && head -c 60000 /dev/zero >full/filler 2>/dev/null; tracker check --all interfaces/l3 --state full/state.json; echo \$?; tracker status --state full/state.json >/dev/null; echo \$?; umount full"
else
  echo "skip disk full (mounting a tmpfs needs root)"
fi

# the interactive shell and the picker, driven in tmux by bench/shell-tmux.sh through the launcher
# (which runs target/tracker-native when it is up to date, the jar with TRACKER_NATIVE=0)
if command -v tmux >/dev/null && [ "$native" = "$home/target/tracker-native" ]; then
  case_ "shell and picker in tmux (bench/shell-tmux.sh)" "if [ \$TRACKER_SIDE = jar ]; then export TRACKER_NATIVE=0 vm=OpenJDK; else export TRACKER_NATIVE=1 vm=Substrate; fi
    cd '$home' && { ./tracker --version | grep -q \$vm || echo 'the launcher did not run the side under test'; }; bash bench/shell-tmux.sh 2>&1 | grep -E '^(ok|FAIL) ' | sed -E 's|/tmp/tmp\.[A-Za-z0-9]+|<TMP>|g'"
else
  echo "skip shell and picker in tmux (no tmux, or the binary is not target/tracker-native)"
fi
