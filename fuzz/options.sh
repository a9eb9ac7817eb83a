# Sourced by fuzz/run.sh, fuzz/emulator.sh and fuzz/emulator_faults.sh. harness_options
# HARNESS prints the harness's own libFuzzer flags from fuzz/options/HARNESS.options
# (OSS-Fuzz's form, `name = value` lines), one -name=value a line; nothing when it has none.
harness_options() {
  local options="fuzz/options/$1.options" name value
  [ -f "$options" ] || return 0
  while IFS='=' read -r name value; do
    echo "-${name// /}=${value// /}"
  done < <(grep -E '^[a-z_]+ *=' "$options")
}
