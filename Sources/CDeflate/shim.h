// libdeflate, for the raw DEFLATE streams report.html embeds (browsers
// inflate them with DecompressionStream("deflate-raw")): whole-buffer
// compression, faster than zlib's fastest level and to a smaller output on
// report data.
#include <libdeflate.h>
