#include "Method.h"
