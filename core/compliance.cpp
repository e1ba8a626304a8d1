#include "compliance.h"
