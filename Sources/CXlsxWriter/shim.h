#ifndef BROADSHEET_CXLSXWRITER_SHIM_H
#define BROADSHEET_CXLSXWRITER_SHIM_H
// libxlsxwriter (Debian libxlsxwriter-dev): writes .xlsx files, streaming rows in constant memory.
#include <xlsxwriter.h>
#endif
