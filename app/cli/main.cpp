#include "commands.h"
#include "common/filesizelimit.h"
#include "common/version.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    sb::ignoreFileSizeLimitSignal();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    sb::cli::Io io{out, err};
    const int rc = sb::cli::dispatch(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return rc;
}
