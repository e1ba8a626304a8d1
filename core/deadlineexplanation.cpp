#include "deadlinerule.h"
