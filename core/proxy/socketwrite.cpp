#include "proxy/socketwrite.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>
#endif

namespace sb::proxy {

void writeNow(QTcpSocket *socket, QByteArrayView first, QByteArrayView second)
{
    qsizetype sent = 0;
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0 && socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
        iovec parts[2] = {{const_cast<char *>(first.data()), std::size_t(first.size())},
                          {const_cast<char *>(second.data()), std::size_t(second.size())}};
        msghdr message{};
        message.msg_iov = parts;
        message.msg_iovlen = second.isEmpty() ? 1 : 2;
        ssize_t n;
        do {
            n = ::sendmsg(int(fd), &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
        if (n > 0)
            sent = n;
    }
#endif
    const qsizetype total = first.size() + second.size();
    if (sent == total)
        return;
    if (sent < first.size()) {
        socket->write(first.data() + sent, first.size() - sent);
        sent = first.size();
    }
    if (!second.isEmpty())
        socket->write(second.data() + (sent - first.size()), second.size() - (sent - first.size()));
    socket->flush();
}

} // namespace sb::proxy
