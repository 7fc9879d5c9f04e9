// libdeflate, for the raw DEFLATE streams report.html embeds (browsers
// inflate them with DecompressionStream("deflate-raw")): whole-buffer
// compression, several times faster than zlib at the same ratio.
#include <libdeflate.h>
