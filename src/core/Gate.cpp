#include "Gate.h"
