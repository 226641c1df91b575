#ifndef KRANT_CEDITLINE_SHIM_H
#define KRANT_CEDITLINE_SHIM_H
#include <stdio.h>
#include <editline/readline.h>
#endif
