// libFuzzer's driver, called from each target's main.
//
// SwiftPM links a Linux executable with `--defsym main=<target>_main`, so
// libFuzzer's own `main` is never used; each target's main.swift calls
// LLVMFuzzerRunDriver instead, which takes the same arguments (-runs=,
// -max_total_time=, corpus directories, ...).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
