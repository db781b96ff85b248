#include "auth/ProcessHardening.h"

#include "auth/AuthLogging.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

#include <cerrno>
#include <cstring>

namespace c1 {

bool ProcessHardening::disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    if (coreDumpsDisabled())
        return true;
    const rlimit none { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcAuth) << "could not turn core dumps off:" << std::strerror(errno);
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcAuth) << "could not mark the process not dumpable:" << std::strerror(errno);
#endif
    return coreDumpsDisabled();
#else
    return false; // Windows writes no core file unless Windows Error Reporting is set up to; nothing to do here.
#endif
}

bool ProcessHardening::coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#if defined(Q_OS_LINUX)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
#else
    return false;
#endif
}

} // namespace c1
