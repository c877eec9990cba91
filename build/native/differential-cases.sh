# Sourced by differential.sh: case_ NAME SCRIPT, the script run by bash in a fresh sandbox
# (TRACKER_ROADMAPS, TRACKER_STATE, HOME set; `tracker` is the side under test, `jar_tracker` the
# jar whatever the side, `native_tracker` the side under test: on the jar side the jar, so that a
# case mixing the two (jar and native writers on one state, one side's caches read by the other)
# is compared with the jar alone, not with itself; $TRACKER_COMMAND is `tracker` as a command line,
# for programs that start it themselves, such as git). `(exec_tracker ARGS) &` (and exec_jar_tracker,
# exec_native_tracker) makes $! the tracker's own pid: `tracker ARGS &` is a shell running it, and
# kill -9 of that pid would kill the shell and leave the tracker running. The command lines are
# those of the tests that run the tracker as a process (TrackerProcess, ChildJvm, the README
# samples, bench/shell-tmux.sh).
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
case_ "undo --json" "tracker check $dip >/dev/null && tracker undo --json"
case_ "review --grade" "tracker review $mocking --grade good && tracker review --list --json"
case_ "review --grade --json" "tracker review $mocking --grade easy --json && tracker log -n 1"
case_ "check --at" "tracker check $dip --at 2026-11-01T08:00:00Z && tracker log -n 1"
case_ "write-marks" "tracker write-marks go-architect-tracker && grep -c '\[x\]' roadmaps/go-architect-tracker.md"
case_ "config set, show" "tracker config week-start sunday && tracker config && cat home/.config/tracker/config.toml"
case_ "init" "mkdir mine && cp roadmaps/go-mastery-plan.md mine/ && (unset TRACKER_ROADMAPS; tracker init --roadmaps mine && tracker status) 2>&1"
case_ "merge-state" "cp state.json base.json && tracker check $dip && cp state.json ours.json && cp base.json state.json && tracker start go-architect-tracker/interfaces/l3/cost-analysis 2>&1; cp state.json theirs.json && tracker merge-state base.json ours.json theirs.json; echo \$?; cat ours.json"
case_ "state through a pipe" "cat state.json | tracker list --done --state /dev/stdin"
case_ "state through <(…)" "tracker log --state <(cat state.json)"
case_ "check on a read-only <(…) state" "tracker check $dip --state <(cat state.json)"

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
# DamagedRoadmapFilesTest's entries that are not roadmap files, then a roadmaps location that is a link loop
case_ "bad: roadmap entries that are not files" "mkfifo roadmaps/pipe.md; mkdir roadmaps/folder.md; ln -s loop.md roadmaps/loop.md; ln -s nowhere.md roadmaps/dangling.md
  head -c 1048577 /dev/zero | tr '\\0' x >roadmaps/huge.md; limited() { timeout 20 bash -c \"\$TRACKER_COMMAND \\\"\\\$@\\\"\" tracker \"\$@\"; }; limited status; echo \$?; limited doctor | grep -v '^  ok'; ln -s here here; tracker status --roadmaps here; echo \$?"
# LockFileTest: lock and queue files made owner-only, a pipe or a link in their place refused at once, its target untouched
case_ "lock and queue files: modes, pipes and links" "mkdir a b c d; touch a/s.json.lock a/s.json.queue; chmod 0666 a/s.json.lock a/s.json.queue; tracker check $dip --state a/s.json >/dev/null; stat -c '%a %n' a/s.json.*
  mkfifo b/s.json.lock c/s.json.queue; echo 'keep me' >victim; ln -s ../victim d/s.json.lock; limited() { timeout 20 bash -c \"\$TRACKER_COMMAND \\\"\\\$@\\\"\" tracker \"\$@\"; }; for f in b c d; do limited check $dip --state \$f/s.json; echo \$?; ls \$f; done; cat victim
  ln -s /etc/passwd to-passwd; tracker check $dip --state to-passwd; echo \$?; ls /etc/passwd.lock 2>&1 | sed 's/^ls: //'"
case_ "bad: conflicted state" "printf '<<<<<<< ours\\n{}\\n=======\\n{}\\n>>>>>>> theirs\\n' >c.json; tracker status --state c.json; echo \$?; tracker doctor --state c.json; echo \$?"
case_ "doctor --restore-backup" "echo garbage >state.json; tracker doctor; echo \$?; tracker doctor --restore-backup; echo \$?; tracker status"
case_ "NO_COLOR, TERM, COLUMNS" "NO_COLOR=1 tracker status --color=auto; TERM=xterm-256color COLUMNS=60 tracker list go-mastery-plan; COLUMNS=200 tracker next"
case_ "time zones" "for zone in UTC Europe/Paris America/New_York Asia/Kolkata Pacific/Chatham; do TZ=\$zone tracker log -n 2; done"

# several processes on one state: the lock keeps every change (jar and native together too)
case_ "concurrent writers" "pids=(); for s in cost-analysis memory-allocations sealed-interfaces decoupling-vs-locality; do tracker check go-architect-tracker/interfaces/l3/\$s --at 2026-11-22T10:00:00Z >/dev/null 2>&1 & pids+=(\$!); done
  for pid in \${pids[@]}; do wait \$pid; echo \"writer exit \$?\"; done; grep -o '\"id\":\"[^\"]*\",\"kind\":\"status\"' state.json | sort | uniq -c"
# LockPitfallsTest: one state reached by two paths (a link to its folder) still has one writer at a time
case_ "concurrent writers through two paths" "ln -s . here; pids=(); for s in cost-analysis memory-allocations sealed-interfaces decoupling-vs-locality; do tracker check go-architect-tracker/interfaces/l3/\$s --state \$([ \${#pids[@]} = 1 ] || [ \${#pids[@]} = 3 ] && echo here/)state.json >/dev/null 2>&1 & pids+=(\$!); done
  for pid in \${pids[@]}; do wait \$pid; echo \"writer exit \$?\"; done; grep -o '\"id\":\"[^\"]*\",\"kind\":\"status\"' state.json | sort | uniq -c"
case_ "jar and native writers together" "jar=(cost-analysis memory-allocations sealed-interfaces) native=(decoupling-vs-locality runtime-representation dispatch-mechanics)
  for i in 0 1 2; do jar_tracker check go-architect-tracker/interfaces/l3/\${jar[i]} --at 2026-11-2\${i}T10:00:00Z >/dev/null 2>&1 & native_tracker check go-architect-tracker/interfaces/l3/\${native[i]} >/dev/null 2>&1 & done
  wait; tracker doctor >/dev/null; echo \"doctor \$?\"; grep -o '\"id\":\"[^\"]*\",\"kind\":\"status\"' state.json | sort | uniq -c"
case_ "killed writers (kill -9)" "exec 3>&2 2>/dev/null; for delay in 0.01 0.05 0.1 0.2; do (exec_tracker check go-architect-tracker/interfaces/l3/sealed-interfaces) >/dev/null 2>&1 & pid=\$!; sleep \$delay; kill -9 \$pid 2>/dev/null; wait \$pid 2>/dev/null; tracker doctor >/dev/null 2>&1; echo \"doctor \$?\"; tracker uncheck go-architect-tracker/interfaces/l3/sealed-interfaces >/dev/null 2>&1; done; exec 2>&3; tracker status >/dev/null; echo \$?"
# the writers' queue (state.json.queue, a POSIX record lock on a byte per ticket): a program
# holds the state's lock, six writers ask for it one after another (each has its ticket before
# the next starts), then the holder lets go: the history must hold them in the order they asked.
# Once with the side's writers, once with the jar and the binary taking turns in one queue.
cat >"$work/LockHolder.java" <<'EOF'
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Holds a lock on the file $1 (as a tracker without the queue would) until ./release exists. */
public class LockHolder {
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            Files.createFile(Path.of("held"));
            while (!Files.exists(Path.of("release"))) {
                Thread.sleep(10);
            }
        }
    }
}
EOF
read -r -d '' queue_script <<'EOF'
export TRACKER_LOCK_TIMEOUT=120
java @WORK@/LockHolder.java state.json.lock & holder=$!
until [ -f held ]; do sleep 0.05; done
tickets() { od -An -N8 -tu8 --endian=big state.json.queue 2>/dev/null | tr -d ' '; }
i=0 pids=() first=$(tickets)   # the sandbox's own writes took tickets already
for s in l2/golden-rule l2/composition l2/standard-lib-mastery l2/nil-ambiguity l3/runtime-representation l3/dispatch-mechanics; do
  (writer check go-architect-tracker/interfaces/$s) >/dev/null 2>&1 & pids+=($!)
  i=$((i + 1)) n=0
  until [ "$(tickets)" = $((${first:-0} + i)) ] || [ $n -gt 600 ]; do sleep 0.05; n=$((n + 1)); done
  echo "writer $i has its ticket: $([ "$(tickets)" = $((${first:-0} + i)) ] && echo yes || echo no)"
done
# (bash's own "Killed" line for a killed job, with its pid, comes whenever it reaps it: not compared)
if [ -z "${kill_mode:-}" ]; then touch release; else exec 3>&2 2>/dev/null; kill -9 "${pids[2]}" $holder; fi; wait $holder
for pid in "${pids[@]}"; do wait $pid; echo "writer exit $?"; done
[ -z "${kill_mode:-}" ] || exec 2>&3
grep -o '"id":"[^"]*","kind":"status"' state.json | tail -6
tracker doctor >/dev/null; echo "doctor $?"
EOF
queue_script="${queue_script//@WORK@/$work}"
case_ "queue: writers in the order they asked" "writer() { exec_tracker \"\$@\"; }
$queue_script"
case_ "queue: jar and native writers taking turns" "writer() { if [ \$((i % 2)) = 0 ]; then exec_jar_tracker \"\$@\"; else exec_native_tracker \"\$@\"; fi; }
$queue_script"
# FairQueueProcessTest: past a waiter and a holder killed (kill -9: only the kernel drops their locks)
case_ "queue: past a killed waiter and a killed holder" "writer() { exec_tracker \"\$@\"; }; kill_mode=1
$queue_script"
# the waiting notice and the deadline (WaitingWriterTest, FairQueueProcessTest): behind the holder
# alone and behind two writers, a writer told 2 s says after a second whom it waits for and behind
# how many, then gives up (exit 75) with nothing changed; one waiting the default 30 s wakes when
# the holder ends. The holder's pid is replaced by <HOLDER> (any other number would show).
read -r -d '' notice_script <<'EOF'
java @WORK@/LockHolder.java state.json.lock & holder=$!
until [ -f held ]; do sleep 0.05; done
tickets() { od -An -N8 -tu8 --endian=big state.json.queue 2>/dev/null | tr -d ' '; }
named() { sed -E "s/process $holder([ )])/process <HOLDER>\1/g" "$@"; }
skill=go-architect-tracker/interfaces before=$(md5sum <state.json) pids=()
echo "-- behind the holder alone, TRACKER_LOCK_TIMEOUT=2"
TRACKER_LOCK_TIMEOUT=2 tracker check $skill/l2/golden-rule >out 2>err; echo "exit $?"; named err; cat out
echo "-- behind two writers, TRACKER_LOCK_TIMEOUT=2"
for s in l2/composition l2/standard-lib-mastery; do
  first=$(tickets); TRACKER_LOCK_TIMEOUT=120 tracker check $skill/$s >/dev/null 2>&1 & pids+=($!)
  n=0; until [ "$(tickets)" = $((first + 1)) ] || [ $n -gt 600 ]; do sleep 0.05; n=$((n + 1)); done
done
TRACKER_LOCK_TIMEOUT=2 tracker check $skill/l2/nil-ambiguity >out 2>err; echo "exit $?"; named err; cat out
[ "$(md5sum <state.json)" = "$before" ] && echo "the state is unchanged"
echo "-- the default wait, woken when the holder ends"
tracker check $skill/l3/runtime-representation >woken.out 2>woken.err & pids+=($!)
n=0; until grep -q 'waiting for' woken.err 2>/dev/null || [ $n -gt 600 ]; do sleep 0.05; n=$((n + 1)); done
touch release; wait $holder
for pid in "${pids[@]}"; do wait $pid; echo "writer exit $?"; done
named woken.err; cat woken.out
grep -o '"id":"[^"]*","kind":"status"' state.json | tail -3
tracker doctor >/dev/null; echo "doctor $?"
EOF
case_ "queue: the waiting notice and the deadline" "${notice_script//@WORK@/$work}"

# the merge driver as git starts it: two clones of one repository, `tracker merge-state %O %A %B`
# (the side under test) set as each clone's driver, as GitMergeDriverTest does with the classes
read -r -d '' git_script <<'EOF'
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.org GIT_CONFIG_NOSYSTEM=1
g() { git -c commit.gpgsign=false -c init.defaultBranch=main "$@"; }
mkdir -p seed/roadmaps
printf '# Plan\n- [ ] **Channels:** buffered\n- [ ] **Select:** several\n- [ ] **Context:** cancel\n' >seed/roadmaps/plan.md
echo 'state.json merge=tracker' >seed/.gitattributes
echo 'state.json.*' >seed/.gitignore
printf '{\n  "history": [],\n  "skills": {},\n  "version": 2\n}\n' >seed/state.json
g init -q seed && g -C seed add . && g -C seed commit -qm seed && g clone -q --bare seed origin.git
for c in laptop desktop; do g clone -q origin.git $c && g -C $c config merge.tracker.driver "$TRACKER_COMMAND merge-state %O %A %B"; done
on() { local c=$1; shift; (cd $c && tracker "$@" --roadmaps roadmaps --state state.json); }
pull() { g -C $1 pull -q --no-rebase --no-edit >pull.log 2>&1; echo "pull into $1: $?"; cat pull.log; }
echo "-- different skills"
on laptop check channels && g -C laptop commit -qam laptop && g -C laptop push -q
on desktop start select && g -C desktop commit -qam desktop
pull desktop
grep -c '<<<<<<<' desktop/state.json; g -C desktop status --porcelain
on desktop status --json | grep -E '"(done|inProgress|skipped)"'
echo "-- one skill changed on both"
g -C desktop push -q && pull laptop
on laptop skip context && g -C laptop commit -qam laptop && g -C laptop push -q
on desktop check context --at 2026-11-20 && g -C desktop commit -qam desktop
pull desktop
on desktop status --json | grep -E '"(done|inProgress|skipped)"'
grep -o '"to":"[a-z-]*"' desktop/state.json | sort | uniq -c
g -C desktop push -q && pull laptop
cmp laptop/state.json desktop/state.json && echo "both machines agree"
EOF
case_ "git merge driver (two clones)" "$git_script"

# a state file git merged as text (no driver): doctor --resolve merges its two sides
case_ "doctor --resolve of a conflicted file" "cp state.json base.json && tracker check $dip >/dev/null && cp state.json ours.json && cp base.json state.json && tracker start go-architect-tracker/interfaces/l2/golden-rule >/dev/null && cp state.json theirs.json
  for style in --marker-size=7 --diff3; do cp ours.json c.json; git merge-file \$style -L ours -L base -L theirs c.json base.json theirs.json; echo \"merge-file \$style: \$?\"; cp c.json state.json
    tracker status >/dev/null; echo \"status \$?\"; tracker doctor | sed /mojibake/d; echo \"doctor \${PIPESTATUS[0]}\"; tracker doctor --resolve | sed /mojibake/d; echo \"resolve \${PIPESTATUS[0]}\"; tracker doctor --resolve; echo \"again \$?\"
    tracker status go-architect-tracker --depth 1; tracker log -n 3; ls state.json.replaced-* | wc -l; grep -c '<<<<<<<' state.json; rm -f state.json.replaced-*; done"

# the caches on (roadmaps, config, state snapshots; the sandbox has TRACKER_CACHE=off): twice each,
# so that the second run reads what the first wrote; the jar's caches read by the binary and back
case_ "caches on (TRACKER_CACHE=DIR)" "export TRACKER_CACHE=\$PWD/cache; for i in 1 2; do tracker status; tracker next; tracker config; done; tracker config week-start sunday; tracker stats; tracker check $dip && tracker status && tracker undo && tracker log -n 2; find cache -type f | wc -l"
case_ "caches on, in XDG_CACHE_HOME" "unset TRACKER_CACHE; tracker status && tracker status && tracker check $dip >/dev/null && tracker list --done; ls home/.cache/tracker | wc -l"
case_ "caches of the jar read by the binary and back" "export TRACKER_CACHE=\$PWD/cache; jar_tracker status; native_tracker status; native_tracker config week-start sunday; jar_tracker config; native_tracker config; native_tracker check $dip; jar_tracker log -n 2; native_tracker undo; jar_tracker status"

# a state of 100,000 entries (bench/GenerateHistories.java, seed 42, 17 MB): the mapped read, its
# CRC32C, the snapshots and the splice write, with the caches on and off; snapshots of one
# side read by the other, and the snapshot files both sides write compared byte for byte
java "$home/bench/GenerateHistories.java" 42 100000 100000 "$work/big" >/dev/null
{ echo "# Plan"; for topic in $(seq 0 39); do printf '\n## Topic %s\n\n' "$topic"; for skill in $(seq 0 49); do echo "- [ ] Skill $skill"; done; done
  printf '\n## Fresh\n\n- [ ] Untouched\n'; } >"$work/big/plan.md"
big="--roadmaps $work/big/plan.md --state big.json"
strip_instants="sed -E 's/\"(at|cmd|ref)\":\"[^\"]*\"//g' big.json | md5sum"
case_ "100,000 entries, caches on" "export TRACKER_CACHE=\$PWD/cache; cp '$work/big/ours.json' big.json; tracker status $big; tracker status $big; tracker check plan/fresh/untouched $big && tracker log -n 2 $big && tracker stats --weeks 2 $big && tracker undo $big && tracker status $big; $strip_instants; ls cache | wc -l"
case_ "100,000 entries, TRACKER_CACHE=off" "cp '$work/big/ours.json' big.json; tracker status $big; tracker check plan/fresh/untouched $big && tracker log -n 2 $big && tracker undo $big && tracker status $big; $strip_instants"
# The roadmaps cache holds its build's stamp (one of another build is not read): when the binary
# was not built from this jar, only the state's snapshots can be the same bytes, and that is a skip
compared="-type f" name="100,000 entries, snapshots of the jar and of the binary"
if [ "$jar_stamp" != "$native_stamp" ]; then
  skip_ "$name: the roadmaps cache" "the binary was built from another jar (build stamp '$native_stamp', the jar's '$jar_stamp')"
  compared="-name state-*.snapshot" name="$name: the state's"
fi
case_ "$name" "cp '$work/big/ours.json' big.json; TRACKER_CACHE=\$PWD/j jar_tracker status $big >/dev/null; TRACKER_CACHE=\$PWD/n native_tracker status $big >/dev/null
  (cd j && find . $compared | sort) >j.list; (cd n && find . $compared | sort) >n.list; diff j.list n.list && echo 'the same snapshot files'; for f in \$(cat j.list); do cmp -s j/\$f n/\$f || echo \"\$f differs\"; done
  export TRACKER_CACHE=\$PWD/j; native_tracker check plan/fresh/untouched $big && jar_tracker log -n 1 $big && native_tracker status $big && jar_tracker undo $big && native_tracker status $big; $strip_instants"

if [ "$(id -u)" = 0 ] && mkdir -p "$work/full" && mount -t tmpfs -o size=64k tmpfs "$work/full" 2>/dev/null; then
  umount "$work/full"
  case_ "disk full" "mkdir full && mount -t tmpfs -o size=64k tmpfs full && cp state.json full/ && head -c 60000 /dev/zero >full/filler 2>/dev/null; tracker check --all interfaces/l3 --state full/state.json; echo \$?; tracker status --state full/state.json >/dev/null; echo \$?; umount full"
else
  skip_ "disk full" "mounting a tmpfs needs root"
fi

# the interactive shell and the picker, driven in tmux by bench/shell-tmux.sh through the launcher
# (which runs target/tracker-native when it is up to date, the jar with TRACKER_NATIVE=0)
if command -v tmux >/dev/null && [ -n "$launchers_binary" ]; then
  case_ "shell and picker in tmux (bench/shell-tmux.sh)" "if [ \$TRACKER_SIDE = jar ]; then export TRACKER_NATIVE=0 vm=OpenJDK; else export TRACKER_NATIVE=1 vm=Substrate; fi
    cd '$home' && { ./tracker --version | grep -q \$vm || echo 'the launcher did not run the side under test'; }; bash bench/shell-tmux.sh 2>&1 | grep -E '^(ok|FAIL) ' | sed -E 's|/tmp/tmp\.[A-Za-z0-9]+|<TMP>|g'"
else
  skip_ "shell and picker in tmux (bench/shell-tmux.sh)" "no tmux, or the binary is not target/tracker-native"
fi
