# Sourced by the fixture scripts that synthesise music with sox. The caller sets SOX (the sox command
# and its global options) and FLOAT (the sample encoding of the files it writes).

# secs MS: milliseconds as sox's seconds, to the millisecond.
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# tsv_row FIELD...: print the fields as one tab-separated line.
tsv_row() { local IFS=$'\t'; printf '%s\n' "$*"; }

# sox_line OUT RATE KEY STEP_MS WAVE VOLUME ATTACK RELEASE_PCT TOKEN...
# One monophonic line, mono at RATE: every note is its own sox effects chain (":"), played one after
# the other. A token is NOTE[:STEPS] (semitones from KEY, itself in semitones from A4 = 440 Hz, held
# STEPS steps of STEP_MS) or r[:STEPS] (digital silence). Each note is at VOLUME of full scale, with a
# quarter-sine attack (ATTACK: "N%" of the note's length plus 1 ms, or "Nms") and a release over its
# last RELEASE_PCT.
sox_line() {
  local out=$1 rate=$2 key=$3 step=$4 wave=$5 volume=$6 attack=$7 release=$8
  shift 8
  local chains=() token note steps len attack_ms
  for token in "$@"; do
    note=${token%%:*}
    steps=1; [[ $token == *:* ]] && steps=${token#*:}
    len=$((steps * step))
    ((${#chains[@]})) && chains+=(:)
    if [[ $note == r ]]; then
      chains+=(synth "$(secs $len)" sine 0 vol 0)
    else
      if [[ $attack == *% ]]; then attack_ms=$((len * ${attack%\%} / 100 + 1)); else attack_ms=${attack%ms}; fi
      chains+=(synth "$(secs $len)" "$wave" "%$((key + note))" vol "$volume"
               fade q "$(secs "$attack_ms")" "$(secs $len)" "$(secs $((len * release / 100)))")
    fi
  done
  "${SOX[@]}" -n -r "$rate" -c 1 "${FLOAT[@]}" "$out" "${chains[@]}"
}
