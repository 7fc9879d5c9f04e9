// zlib, for the raw DEFLATE streams report.html embeds (browsers inflate
// them with DecompressionStream("deflate-raw")).
#include <zlib.h>
