#include "PipelineSettings.h"
