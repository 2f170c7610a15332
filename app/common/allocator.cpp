#include "common/allocator.h"

#ifdef SB_ALLOCATOR_MIMALLOC
#include <QByteArray>

#include <cstdlib>
#include <mimalloc.h>
#endif

namespace sb {

QString allocatorName()
{
#ifdef SB_ALLOCATOR_MIMALLOC
    const int v = mi_version(); // e.g. 209 for 2.0.9
    const QString name = QStringLiteral("mimalloc %1.%2.%3").arg(v / 100).arg(v / 10 % 10).arg(v % 10);
    // Linked is not enough: malloc itself (and so Qt's and the C++ runtime's allocations) must be
    // mimalloc's, which depends on the link order of the executable's libraries.
    void *block = std::malloc(64);
    const QByteArray qtBlock(64, 'x');
    const bool replaced = mi_is_in_heap_region(block) && mi_is_in_heap_region(qtBlock.constData());
    std::free(block);
    return replaced ? name : name + QStringLiteral(" (linked, but malloc is not replaced)");
#else
    return QStringLiteral("system");
#endif
}

} // namespace sb
