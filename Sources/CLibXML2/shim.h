#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU support, so its headers include the
// system <unicode/*.h>. Foundation on Linux bundles its own ICU, and a module
// that sees both fails a clean build with "'UErrorCode' has different
// definitions in different modules" (a second, incremental build hides it).
// Undefining the flag before the other headers hides only ICU-specific fields
// that winnow never touches.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>  // xmlSwitchEncoding

// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as
// shared mutable state; call it through a function instead.
static inline void winnow_xml_free(void *pointer) { xmlFree(pointer); }

#endif
