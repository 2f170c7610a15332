#include "common/privatefiles.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#ifdef Q_OS_WIN
#include <aclapi.h>
#include <memory>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sb::privatefiles {

namespace {

Error ioError(const QString &what, const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Io, QStringLiteral("cannot %1 %2: %3").arg(what, QDir::toNativeSeparators(path), why));
}

#ifdef Q_OS_WIN

// The current user's SID, owned by the returned buffer.
std::unique_ptr<char[]> currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    auto buffer = std::make_unique<char[]>(size);
    const bool ok = GetTokenInformation(token, TokenUser, buffer.get(), size, &size);
    CloseHandle(token);
    return ok ? std::move(buffer) : nullptr;
}

QString windowsError(DWORD code)
{
    return QStringLiteral("Windows error %1").arg(code);
}

// Replaces the DACL with one entry (full control for the user) and stops inheritance from the parent.
Expected<void> restrict(const QString &path, bool directory, bool log)
{
    auto user = currentUserSid();
    if (!user)
        return ioError(QStringLiteral("find the current user to protect"), path, windowsError(GetLastError()));
    PSID sid = reinterpret_cast<TOKEN_USER *>(user.get())->User.Sid;
    EXPLICIT_ACCESSW access{};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = directory ? (OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) : NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = static_cast<LPWSTR>(sid);
    PACL acl = nullptr;
    if (DWORD rc = SetEntriesInAclW(1, &access, nullptr, &acl); rc != ERROR_SUCCESS)
        return ioError(QStringLiteral("build a private access list for"), path, windowsError(rc));
    std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    const DWORD rc = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                           nullptr, acl, nullptr);
    LocalFree(acl);
    if (rc != ERROR_SUCCESS)
        return ioError(QStringLiteral("make private"), path, windowsError(rc));
    if (log)
        qCInfo(lcFiles) << "made" << QDir::toNativeSeparators(path) << "readable by the current user only";
    return {};
}

#endif

} // namespace

bool isPrivate(const QString &path)
{
#ifdef Q_OS_WIN
    std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr, &sd) != ERROR_SUCCESS)
        return false;
    auto user = currentUserSid();
    bool onlyUser = dacl && user;
    if (onlyUser) {
        PSID sid = reinterpret_cast<TOKEN_USER *>(user.get())->User.Sid;
        for (DWORD i = 0; onlyUser && i < dacl->AceCount; ++i) {
            void *ace = nullptr;
            if (!GetAce(dacl, i, &ace))
                onlyUser = false;
            else if (static_cast<ACE_HEADER *>(ace)->AceType == ACCESS_ALLOWED_ACE_TYPE)
                onlyUser = EqualSid(&static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart, sid);
        }
    }
    LocalFree(sd);
    return onlyUser;
#else
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) == 0 && st.st_uid == ::geteuid();
#endif
}

Expected<void> createDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute) {
        if (auto made = createDirectory(parent); !made)
            return made;
    }
#ifdef Q_OS_WIN
    if (!QDir().mkdir(absolute) && !QFileInfo(absolute).isDir())
        return ioError(QStringLiteral("create the folder"), absolute, QStringLiteral("check that you may write to its parent folder"));
    return restrict(absolute, true, false);
#else
    // created 0700 outright: there is no moment in which the folder is open to others
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return ioError(QStringLiteral("create the folder"), absolute, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
#endif
}

Expected<void> secureDirectory(const QString &path)
{
    if (auto made = createDirectory(path); !made)
        return made;
    if (isPrivate(path))
        return {};
#ifdef Q_OS_WIN
    if (auto made = restrict(path, true, true); !made)
        qCWarning(lcFiles).noquote() << made.error().message;
    return {};
#else
    struct stat st {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) == 0 && (st.st_mode & S_ISVTX)) {
        // a shared folder such as /tmp (sticky bit): other users' files live there, and closing it
        // would break them; the files themselves are still created private
        qCWarning(lcFiles).noquote() << QStringLiteral("the folder %1 is shared with other users: keep Switchboard's data in a folder of its own")
                                            .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (::stat(native.constData(), &st) != 0 || ::chmod(native.constData(), 0700) != 0) {
        // not fatal: the data stays usable, and the log says what to do
        qCWarning(lcFiles).noquote() << QStringLiteral("cannot make the folder %1 private (%2): run chmod 700 on it as its owner")
                                            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    qCInfo(lcFiles).noquote() << QStringLiteral("the folder %1 was open to other users (mode %2): it is now 0700")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return {};
#endif
}

Expected<void> secureFile(const QString &path, bool create)
{
    if (!QFileInfo::exists(path)) {
        if (!create)
            return {};
#ifdef Q_OS_WIN
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !f.exists())
            return ioError(QStringLiteral("create"), path, f.errorString());
        f.close();
        return restrict(path, false, false);
#else
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return ioError(QStringLiteral("create"), path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0) {
            ::close(fd);
            return {};
        }
#endif
    }
    if (isPrivate(path))
        return {};
#ifdef Q_OS_WIN
    if (auto made = restrict(path, false, true); !made)
        qCWarning(lcFiles).noquote() << made.error().message;
    return {};
#else
    struct stat st {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0 || ::chmod(native.constData(), 0600) != 0) {
        qCWarning(lcFiles).noquote() << QStringLiteral("cannot make the file %1 private (%2): run chmod 600 on it as its owner")
                                            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    qCInfo(lcFiles).noquote() << QStringLiteral("the file %1 was readable by other users (mode %2): it is now 0600")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return {};
#endif
}

} // namespace sb::privatefiles
