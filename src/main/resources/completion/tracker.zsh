#compdef tracker
# zsh completion for tracker, printed by `tracker completion zsh`.
#   install: tracker completion zsh > ~/.zfunc/_tracker, with fpath=(~/.zfunc $fpath) before compinit
#   or add to ~/.zshrc, after compinit: source <(tracker completion zsh)
# Each Tab asks `tracker __complete` for the candidates: commands, options, and the ids of
# roadmaps, sections and skills, matched anywhere in the id (`check interf` offers
# go-architect-tracker/interfaces/...). No candidate: zsh completes file names.
_tracker() {
  local -a values shown
  local line value text
  for line in "${(@f)$("${words[1]}" __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
    [[ -n $line ]] || continue
    value=${line%%$'\t'*}
    values+=("$value")
    text=$value
    [[ $line == *$'\t'?* ]] && text+="  -- ${line#*$'\t'}"
    shown+=("${text[1,COLUMNS-2]}")
  done
  if (( ${#values} == 0 )); then
    _files
    return
  fi
  # the candidates of --color=al are values; -U replaces the whole word, so they keep "--color="
  [[ $PREFIX == -*=* ]] && values=("${PREFIX%%=*}="${^values})
  # -U: the candidates are already matched (anywhere in the word), zsh must not filter them again
  compadd -U -l -d shown -a values
  # matches found inside the word: zsh would replace what was typed by their common start
  # ("interf" by "go-"); leave the line as typed and list them instead
  if (( ${#values} > 1 )) && [[ -n ${values[(r)^$PREFIX*]} ]]; then
    compstate[insert]=''
    compstate[list]='list force'
  fi
}
if [[ $funcstack[1] == _tracker ]]; then
  _tracker "$@"
else
  compdef _tracker tracker
fi
