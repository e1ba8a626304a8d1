#include "obligationstatus.h"
