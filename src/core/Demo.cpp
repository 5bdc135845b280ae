#include "Demo.h"
