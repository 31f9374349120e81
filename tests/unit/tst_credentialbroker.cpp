// CredentialBroker: libvirt's authentication questions go from a connection's worker to the GUI thread
// and the answers come back; the answer the worker gets is a copy of its own (not the dialog's buffer),
// and wiping it overwrites the secret in place — every copy sharing that buffer reads zeros — the way
// Connection's auth callback wipes it once libvirt has its own copy.

#include "hypervisor/CredentialBroker.h"

#include <libvirt/libvirt.h>

#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace virtdeck;

class TestCredentialBroker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answerIsTheWorkersOwnCopy();
    void wipeOverwritesInPlace();
};

void TestCredentialBroker::answerIsTheWorkersOwnCopy()
{
    CredentialBroker broker;
    QList<CredentialRequest> answered; // what the dialog keeps
    connect(&broker, &CredentialBroker::credentialsRequested, this,
            [&](quint64 id, const QString &, const QList<CredentialRequest> &requests) {
                answered = requests;
                answered[0].result = QStringLiteral("hunter2-secret");
                broker.answer(id, answered);
            });
    QList<CredentialRequest> got;
    bool ok = false;
    QThread *worker = QThread::create([&] {
        QList<CredentialRequest> requests(1);
        requests[0].type = VIR_CRED_PASSPHRASE;
        requests[0].secret = true;
        ok = broker.ask(QStringLiteral("qemu+tcp://kvm1/system"), requests, 10000);
        got = requests;
    });
    worker->start();
    QTRY_VERIFY(worker->isFinished());
    delete worker;
    QVERIFY(ok);
    QCOMPARE(got.value(0).result, QStringLiteral("hunter2-secret"));
    // Not the dialog's buffer: the worker can wipe its copy without racing the GUI thread, and the
    // dialog wipes its own.
    QVERIFY(got[0].result.constData() != answered[0].result.constData());
}

void TestCredentialBroker::wipeOverwritesInPlace()
{
    QList<CredentialRequest> requests(2);
    requests[0].result = QString::fromLatin1("hunter2-secret-%1").arg(42); // not a shared literal
    requests[1].result = QString::fromLatin1("alice-%1").arg(7);
    const QString sharing = requests[0].result; // an implicit copy: the same buffer
    QVERIFY(sharing.constData() == requests[0].result.constData());
    CredentialBroker::wipe(requests);
    QVERIFY(requests[0].result.isEmpty());
    QVERIFY(requests[1].result.isEmpty());
    QCOMPARE(sharing, QString(sharing.size(), QChar(0)));

    QByteArray bytes = QByteArray("passphrase-") + QByteArray::number(9);
    const QByteArray bytesSharing = bytes;
    CredentialBroker::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytesSharing, QByteArray(bytesSharing.size(), '\0'));
}

QTEST_GUILESS_MAIN(TestCredentialBroker)
#include "tst_credentialbroker.moc"
