#include "obligationgenerator.h"
