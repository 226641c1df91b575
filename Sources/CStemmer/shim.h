#ifndef KRANT_CSTEMMER_SHIM_H
#define KRANT_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
