#!/usr/bin/env bash
# Drives the real interactive shell in tmux, as a user would: send-keys to type, capture-pane
# to read. Checks that `tracker` opens the shell, Tab completes commands and fuzzy skill ids,
# an ambiguous query opens the picker and Enter marks the chosen skill, `status` prints what
# it prints outside, Ctrl-C/Ctrl-D/history behave, the review session grades, reveals and
# undoes, and the bash (and zsh, when installed)
# completion scripts complete too. Prints each check; exits 1 when one fails, 77 without tmux.
#   usage: bench/shell-tmux.sh        (from anywhere; builds the jar through ./tracker if needed)
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo" || exit 1
command -v tmux >/dev/null || { echo "shell-tmux: tmux is not installed; skipped" >&2; exit 77; }
tmp=$(mktemp -d)
socket="tracker-shell-test-$$"
# the tracker in the pane may still be writing into $tmp for a moment after the server goes:
# retry the removal, and never let the clean-up decide the script's exit status
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do rm -rf "$tmp" 2>/dev/null && return 0; sleep 0.3; done
  echo "note: could not remove $tmp" >&2
}
trap cleanup EXIT
./tracker --version >/dev/null || { echo "shell-tmux: ./tracker does not run" >&2; exit 1; }

failures=0
# the frozen copies the Java tests read, not the user's roadmaps/ (which the user may edit)
fixtures=src/test/resources/roadmaps/five
tracker_args=(--roadmaps "$fixtures" --state "$tmp/state.json")
args="--roadmaps $fixtures --state $tmp/state.json"

screen() { tmux -L "$socket" capture-pane -p -t t -S -200 "$@"; }
keys() { tmux -L "$socket" send-keys -t t "$@"; }
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; echo "---- pane ----"; screen | grep -v '^$' | tail -25; echo "--------------"; failures=$((failures + 1)); }
# wait_for PATTERN [SECONDS]: until the pane shows a line matching the extended regex
wait_for() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    screen | grep -Eq -- "$1" && return 0
    sleep 0.2
  done
  return 1
}
check() { if wait_for "$2" "${3:-15}"; then ok "$1"; else fail "$1 (waited for /$2/)"; fi; }
last_line() { screen | grep -v '^$' | tail -1; }
reset_pane() { keys C-u; keys C-l; tmux -L "$socket" clear-history -t t; sleep 0.3; }

tmux -L "$socket" new-session -d -s t -x 120 -y 50 "env -i HOME=$tmp PATH=$PATH TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile"
keys "PS1='sh\$ '; cd '$repo'" Enter
wait_for '^sh\$ ?$' || { fail "a bash prompt in tmux"; exit 1; }

echo "== the shell"
keys "clear; ./tracker $args" Enter
check "tracker with no command on a terminal opens the shell" '^tracker> ?$' 60
keys "che" Tab
check "che<Tab> completes check" '^tracker> check ?$'
reset_pane
keys "check interf" Tab
if wait_for 'go-architect-tracker/interfaces/l2/mocking' && [ "$(screen | grep -Ec '^[a-z0-9-]+(/[a-z0-9-]+)+ ')" -ge 10 ] \
   && ! screen | grep -E '^[a-z0-9-]+(/[a-z0-9-]+)+ ' | grep -vq interf; then
  ok "check interf<Tab> lists $(screen | grep -Ec '^[a-z0-9-]+(/[a-z0-9-]+)+ ') skill ids, every one containing 'interf'"
else
  fail "check interf<Tab> lists skill ids containing 'interf'"
fi
reset_pane
keys "check syntax" Enter
check "check syntax opens the picker" "^'syntax' matches 13 skills"
keys Down; sleep 0.3; keys Down; sleep 0.3; keys Up
check "arrows move the selection" '^> go-architect-tracker/slice-vs-array/l1/syntax'
keys "error-handling"
check "typing narrows the list" '^  1 of 13'
keys Enter
check "Enter marks the chosen skill" '^\[x\] todo → done  go-architect-tracker/error-handling-vs-panics/l1/syntax'
if grep -q '"go-architect-tracker/error-handling-vs-panics/l1/syntax"' "$tmp/state.json" 2>/dev/null; then
  ok "the state file holds the chosen skill"
else
  fail "the state file holds the chosen skill"
fi
reset_pane
keys "show l2" Enter
wait_for "^'l2' matches 25 sections" && keys Escape
check "Esc cancels the picker, nothing changed" '^tracker: nothing chosen; nothing was changed'
reset_pane
keys "status" Enter
wait_for '^tracker> ?$' && sleep 0.3
# with -e the colours are compared too, not only the text
inside=$(screen -e | sed -n '/^tracker> status$/,$p' | sed '1d' | sed '/^tracker>/,$d')
keys "check foo" C-c
sleep 0.5
if [ "$(last_line)" = "tracker>" ] && ! screen | grep -q "no skill matches 'foo'"; then
  ok "Ctrl-C drops the line"
else
  fail "Ctrl-C drops the line"
fi
keys C-d
check "Ctrl-D leaves the shell" '^sh\$ ?$'

keys "echo __begin__; ./tracker $args status; echo __end__" Enter
wait_for '^__end__$' 30
outside=$(screen -e | sed -n '/^__begin__$/,/^__end__$/p' | sed '1d;$d')
if [ -n "$inside" ] && [ "$inside" = "$outside" ]; then
  ok "status in the shell prints what tracker status prints outside ($(printf '%s\n' "$inside" | wc -l) lines, colours alike)"
else
  fail "status in the shell prints what tracker status prints outside"
  diff <(printf '%s\n' "$inside") <(printf '%s\n' "$outside")
fi
if grep -q 'check syntax' "$tmp/history" && grep -q ':status$' "$tmp/history" && ! grep -q 'check foo' "$tmp/history"; then
  ok "history kept in $tmp/history (beside the state file), without the cancelled line"
else
  fail "history kept beside the state file"
fi
# the old session's prompt may still be on the screen: wait for the new banner, then for the
# line editor to take the terminal, before pressing Up
tmux -L "$socket" clear-history -t t
keys "clear; ./tracker $args shell" Enter
wait_for '^tracker shell: Tab completes' 30 && wait_for '^tracker> ?$' 30 && sleep 1 && keys Up
check "Up in a new session recalls the last line" '^tracker> status$'
keys C-u "exit" Enter
check "exit leaves" '^sh\$ ?$'

echo "== the review session"
review_args="--roadmaps $fixtures --state $tmp/review.json"
./tracker $review_args check interfaces/l2/mocking --at 2026-10-01 >/dev/null
./tracker $review_args check go-4-week-bootcamp/week-1/exercises/deep-concurrency-drill/context-cancellation --at 2026-10-02 >/dev/null
reset_pane
keys "clear; ./tracker $review_args review" Enter
check "review at a terminal shows the most overdue card first" '^\(1/2\) go-architect-tracker/interfaces/l2/mocking' 30
keys 3
check "3 grades good and prints the next due date" '^  good: next review 20[0-9-]+ \(in [0-9]+ days?\)' 10
check "the next card follows" '^\(2/2\) go-4-week-bootcamp/' 10
keys Space
check "space reveals the roadmap's 'Then answer:' prompts" '^  \? When does memory escape to heap\?' 10
keys u
check "u takes back the last grade and shows its card again" '^  undone: go-architect-tracker/interfaces/l2/mocking' 10
keys q
check "q quits with a summary" '^reviewed 0 skills, 0 again; 2 still due' 10
check "the shell prompt is back after the session" '^sh\$ ?$' 10
if ./tracker $review_args show go-architect-tracker/interfaces/l2/mocking --json | grep -q '"reps" : 1,'; then
  ok "the undone grade is gone from the schedule (1 review: the check)"
else
  fail "the undone grade is gone from the schedule (1 review: the check)"
fi

echo "== no terminal"
piped=$(./tracker "${tracker_args[@]}" check syntax </dev/null 2>&1 | cat)
if [[ $piped == "tracker: 'syntax' matches 13 skills; nothing was changed. Name one by its id:"* ]]; then
  ok "piped, check syntax fails with the candidate list as before"
else
  fail "piped, check syntax fails with the candidate list as before: $piped"
fi
if [ "$(./tracker "${tracker_args[@]}" </dev/null | cat)" = "$(./tracker "${tracker_args[@]}" status | cat)" ]; then
  ok "piped, tracker with no command prints status"
else
  fail "piped, tracker with no command prints status"
fi

echo "== completion scripts"
keys "clear; tracker() { '$repo/tracker' --roadmaps '$repo/$fixtures' \"\$@\"; }; source <(tracker completion bash); clear" Enter
wait_for '^sh\$ ?$' 30 || fail "the bash prompt after sourcing the completion script"
sleep 0.5
keys "tracker che" Tab
check "bash: tracker che<Tab> completes check" '^sh\$ tracker check ?$' 20
keys "interf" Tab Tab
check "bash: tracker check interf<Tab><Tab> lists ids containing interf" 'go-architect-tracker/interfaces/l2/mocking' 20
keys C-u
if command -v zsh >/dev/null; then
  keys "clear; exec zsh -f" Enter
  # type only at a prompt: keys sent while zsh starts or sources the script are echoed
  # by the terminal before zsh reads them, and the line it completes is not the one checked
  wait_for '[#%] ?$' 20 || fail "a zsh prompt"
  keys "PS1='zsh> '; autoload -Uz compinit && compinit -u; tracker() { '$repo/tracker' --roadmaps '$repo/$fixtures' \"\$@\"; }; source <(tracker completion zsh); clear" Enter
  wait_for '^zsh> ?$' 30 || fail "the zsh prompt after sourcing the completion script"
  sleep 0.5
  keys "tracker che" Tab
  check "zsh: tracker che<Tab> completes check" '^zsh> tracker check ?$' 20
  keys "interf" Tab
  check "zsh: tracker check interf<Tab> lists ids containing interf" 'go-architect-tracker/interfaces/l2/mocking' 20
else
  echo "skip zsh: not installed"
fi

if [ "$failures" -gt 0 ]; then
  echo "shell-tmux: $failures check(s) failed"
  exit 1
fi
echo "shell-tmux: all checks passed"
