#pragma once

#include <QByteArrayView>

class QTcpSocket;

namespace sb::proxy {

// Writes the pieces to a connected socket now, in order. When nothing is queued in the socket, the
// bytes go straight to the kernel with one gather write; only what the kernel does not take is queued
// in the QTcpSocket (which sends it when the socket is writable again). QTcpSocket::write() + flush()
// queue first and then send, turning the socket's write notifier on and off around every write: with
// the GLib event dispatcher that is two wake-ups of the thread's event loop and one more trip through
// poll() per write. Errors are left to QTcpSocket: after a failed send the rest is queued there, and
// it reports the error as usual.
void writeNow(QTcpSocket *socket, QByteArrayView first, QByteArrayView second = {});

} // namespace sb::proxy
