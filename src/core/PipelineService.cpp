#include "PipelineService.h"
