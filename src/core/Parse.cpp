#include "Parse.h"
#include <QTimeZone>
