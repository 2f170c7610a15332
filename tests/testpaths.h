#pragma once

// Where a test finds the source tree, its fixtures, the built executables and the screenshot folder.
// The paths are resolved at run time from the test executable's folder (CMAKE_RUNTIME_OUTPUT_DIRECTORY)
// and a relative path CMake computes, not compiled in as absolute paths: a clone in another folder then
// compiles the tests to the same objects, so the compiler cache (ccache with base_dir = the clone's root)
// serves them from a build of the working copy. Needs a QCoreApplication (QTEST_MAIN makes one).

#include <QCoreApplication>
#include <QDir>
#include <QString>

#ifndef SB_TEST_SOURCE_FROM_BIN
#error "SB_TEST_SOURCE_FROM_BIN is set by sb_add_test (cmake/SwitchboardTesting.cmake)"
#endif

namespace sb::testing {

// The folder the test executables, switchboard-cli and the fake upstream are built into.
inline QString binPath(const QString &name = {})
{
    const QString dir = QCoreApplication::applicationDirPath();
    return name.isEmpty() ? dir : dir + QLatin1Char('/') + name;
}

// A path below the source tree's root ("tests/e2e", "resources/migrations").
inline QString sourcePath(const QString &relative = {})
{
    const QString root = QDir::cleanPath(binPath(QStringLiteral(SB_TEST_SOURCE_FROM_BIN)));
    return relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
}

// A path below tests/fixtures ("wire/openai_chat/stream_text.sse").
inline QString fixturePath(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/fixtures/") + relative);
}

// build/screenshots, where UI tests save what they show.
inline QString screenshotDir()
{
    return QDir::cleanPath(binPath(QStringLiteral("../screenshots")));
}

} // namespace sb::testing
