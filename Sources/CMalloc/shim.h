// glibc's allocator settings (mallopt), which Swift's Glibc module does not
// include; the winnow executable tunes them for a batch run.
#if defined(__linux__)
#include <malloc.h>
#endif
