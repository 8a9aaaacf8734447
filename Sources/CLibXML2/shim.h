#ifndef BROADSHEET_CLIBXML2_SHIM_H
#define BROADSHEET_CLIBXML2_SHIM_H
// Foundation and Debian's libxml2 are both built with ICU; their UErrorCode definitions clash
// when one Swift file sees both. The HTML parser never needs ICU's types, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Swift 6 refuses the C global function pointer `xmlFree`.
static inline void bs_xmlFree(void *p) { xmlFree(p); }

static void bs_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/// Silence libxml2's generic error channel (encoding errors ignore HTML_PARSE_NOERROR). The
/// setting is per thread: `bs_capture_errors` makes it on each worker.
static inline void bs_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, bs_silent_error);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// On this thread, libxml2's generic channel is silenced and its structured errors go to `handler`
/// with `ctx` (NULL, NULL restores silence). The generic channel is variadic, which Swift cannot
/// implement; the structured one is not.
static inline void bs_capture_errors(void *ctx, xmlStructuredErrorFunc handler) {
    xmlSetGenericErrorFunc(NULL, bs_silent_error);
    xmlSetStructuredErrorFunc(ctx, handler);
}
#endif
