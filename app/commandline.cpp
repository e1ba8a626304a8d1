#include "commandline.h"

namespace app {

int runCommandLine(const QStringList &)
{
    return 0;
}

} // namespace app
