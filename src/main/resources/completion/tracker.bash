# bash completion for tracker, printed by `tracker completion bash`.
#   install: tracker completion bash > ~/.local/share/bash-completion/completions/tracker
#   or add to ~/.bashrc: source <(tracker completion bash)
# Each Tab asks `tracker __complete` for the candidates: commands, options, and the ids of
# roadmaps, sections and skills, matched anywhere in the id (`check interf` offers
# go-architect-tracker/interfaces/...). No candidate: bash completes file names.
_tracker() {
    local cur=${COMP_WORDS[COMP_CWORD]} out line elsewhere=0
    # bash splits --color=al at the "=" (COMP_WORDBREAKS); after a lone "=" the word is empty
    [ "$cur" = "=" ] && cur=""
    out=$("${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
    COMPREPLY=()
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        line=${line%%$'\t'*}
        [[ $line == "$cur"* ]] || elsewhere=1
        COMPREPLY+=("$line")
    done <<<"$out"
    # matches found inside the word: bash would replace what was typed by their common start
    # ("interf" by "go-"); offering the word itself too keeps it as typed, and lists them
    if [ "$elsewhere" = 1 ] && [ "${#COMPREPLY[@]}" -gt 1 ]; then
        COMPREPLY+=("$cur")
    fi
}
complete -o default -F _tracker tracker
