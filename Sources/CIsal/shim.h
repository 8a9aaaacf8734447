#ifndef BROADSHEET_CISAL_SHIM_H
#define BROADSHEET_CISAL_SHIM_H
// Intel ISA-L (Debian libisal-dev): igzip's deflate and its CRC-32, for the workbook's zip entries.
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#endif
