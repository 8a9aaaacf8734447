#ifndef BROADSHEET_CUCHARDET_SHIM_H
#define BROADSHEET_CUCHARDET_SHIM_H
// Mozilla's universal charset detector, as Debian packages it (libuchardet-dev).
#include <uchardet/uchardet.h>
#endif
