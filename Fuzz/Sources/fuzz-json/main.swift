import CFuzzer

#if canImport(Glibc)
import Glibc
#endif

// Hands the command line to libFuzzer (see CFuzzer/shim.h for why).
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzzJSON(data, size) })
