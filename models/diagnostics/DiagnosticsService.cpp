#include "diagnostics/DiagnosticsService.h"

#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/CommandBatch.h"
#include "diagnostics/Diagnoser.h"
#include "diagnostics/SshPromptBroker.h"
#include "diagnostics/SshTargetCheck.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/SnapshotBuilder.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"
#include "servers/ServerListModel.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace virtdeck {

namespace {
// Reports and batches kept for this session; older ones live on as summaries in the operations log.
constexpr int KeptBatches = 20;
constexpr int KeptReports = 200;

ServerRef firstTarget(OperationRun *run)
{
    const Operation &op = run->operation();
    return op.targets.isEmpty() ? ServerRef() : op.targets.first();
}
} // namespace

struct DiagnosticsService::HypervisorView
{
    DomainState state = DomainState::NoState;
    int vcpus = 0;
    QList<ServerAddress> addresses;
    QString addressError;
    SshAccess access;
};

DiagnosticsService::DiagnosticsService(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_pool(new QThreadPool(this))
    , m_broker(new SshPromptBroker(this))
    , m_addresses(new AddressBook(services.connections, services.servers, this))
{
    qRegisterMetaType<virtdeck::DiagnosisReport>();
    qRegisterMetaType<virtdeck::DiagnosisStep>();
    if (m_services.config)
        m_options = SshOptions::fromConfig(*m_services.config);
    const int sessions = m_services.config
                             ? m_services.config->value(QStringLiteral("diagnostics/maxSessions"), 16).toInt()
                             : 16;
    m_pool->setMaxThreadCount(std::clamp(sessions, 2, 64));
    m_pool->setObjectName(QStringLiteral("virtdeck-ssh"));
}

DiagnosticsService::~DiagnosticsService()
{
    for (const QPointer<CommandBatch> &b : std::as_const(m_batches)) {
        if (b)
            b->cancel();
    }
    for (const CancelFlag &flag : std::as_const(m_running))
        flag->store(true);
    m_broker->cancelAll();
    m_pool->waitForDone();
}

int DiagnosticsService::defaultConcurrency() const
{
    return m_services.config
               ? m_services.config->value(QStringLiteral("diagnostics/concurrency"), DefaultConcurrency)
                     .toInt()
               : DefaultConcurrency;
}

int DiagnosticsService::defaultTimeoutSeconds() const
{
    return m_services.config ? m_services.config
                                   ->value(QStringLiteral("diagnostics/commandTimeoutSeconds"),
                                           DefaultCommandTimeoutSeconds)
                                   .toInt()
                             : DefaultCommandTimeoutSeconds;
}

void DiagnosticsService::registerKinds(OperationQueue &queue)
{
    OperationKind diagnose;
    diagnose.kind = diagnoseKind();
    diagnose.changesServers = false;
    diagnose.cancellableWhileRunning = true;
    diagnose.start = [this](OperationRun *run) { startDiagnosis(run); };
    queue.registerKind(diagnose);

    // A command may change anything on the server, so a read-only connection refuses it like any change.
    OperationKind command;
    command.kind = runCommandKind();
    command.changesServers = true;
    command.cancellableWhileRunning = true;
    command.start = [this](OperationRun *run) { startRunCommand(run); };
    command.confirm = [](const Operation &op) {
        return runCommandConfirmation(op.targets, op.params.value(QStringLiteral("command")).toString());
    };
    queue.registerKind(command);

    OperationKind access;
    access.kind = setSshAccessKind();
    access.changesServers = true;
    access.start = [this](OperationRun *run) { startSetSshAccess(run); };
    queue.registerKind(access);
}

// ------------------------------------------------------------------------------------------ validation

Status DiagnosticsService::validateSshAccess(const SshAccess &access)
{
    // Strict on purpose: ~/.ssh/config may hand the host and user to a ProxyCommand run by a shell.
    if (!access.host.isEmpty() && !SshTargetCheck::isHost(access.host))
        return Error(tr("This is not an IP address or a host name. Use an IPv4 or IPv6 address, or a host "
                        "name of letters, digits, dots and dashes, without spaces."));
    if (access.port < 0 || access.port > 65535)
        return Error(tr("The port must be between 1 and 65535 (or empty for the default, 22)."));
    if (!access.user.isEmpty() && !SshTargetCheck::isUser(access.user))
        return Error(tr("This is not a user name. Use up to %1 lowercase letters, digits, dots, dashes or "
                        "underscores, starting with a letter or an underscore.")
                         .arg(SshTargetCheck::MaxUserLength));
    return {};
}

Status DiagnosticsService::validateCommand(const QString &command)
{
    if (command.trimmed().isEmpty())
        return Error(tr("Enter a command to run."));
    if (command.contains(QChar(0)))
        return Error(tr("The command contains a NUL character."));
    if (command.toUtf8().size() > MaxCommandBytes)
        return Error(tr("The command is longer than %1 bytes; copy a script to the servers instead.")
                         .arg(MaxCommandBytes));
    return {};
}

// ---------------------------------------------------------------------------------------- enqueueing

Result<QString> DiagnosticsService::diagnose(const ServerRef &server, const QString &reason)
{
    if (!m_services.operations)
        return Error(tr("Operations are not available."));
    if (!server.isValid())
        return Error(tr("Select a server to diagnose."));
    return m_services.operations->enqueue(diagnoseKind(), tr("Diagnose %1").arg(server.name), {server}, {},
                                          reason);
}

Result<QString> DiagnosticsService::runCommand(const QList<ServerRef> &servers, const QString &command,
                                               int timeoutSeconds, int concurrency, const QString &reason)
{
    if (!m_services.operations)
        return Error(tr("Operations are not available."));
    if (servers.isEmpty())
        return Error(tr("Select at least one server."));
    if (Status s = validateCommand(command); !s)
        return s.error();
    if (timeoutSeconds < 1 || timeoutSeconds > 24 * 3600)
        return Error(tr("The timeout must be between 1 second and 24 hours."));
    if (concurrency < 1 || concurrency > 64)
        return Error(tr("Between 1 and 64 servers can run the command at once."));
    QString shown = command.simplified();
    if (shown.size() > 40)
        shown = shown.left(39) + QChar(0x2026);
    const QVariantMap params{{QStringLiteral("command"), command},
                             {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                             {QStringLiteral("concurrency"), concurrency}};
    const QString title = servers.size() == 1
                              ? tr("Run \"%1\" on %2").arg(shown, servers.first().name)
                              : tr("Run \"%1\" on %n server(s)", nullptr, int(servers.size())).arg(shown);
    return m_services.operations->enqueue(runCommandKind(), title, servers, params, reason);
}

OperationConfirmation DiagnosticsService::runCommandConfirmation(const QList<ServerRef> &servers,
                                                                 const QString &command)
{
    OperationConfirmation c;
    c.title = tr("Run a command");
    c.text = tr("Run this command on %n server(s): %1?", nullptr, int(servers.size()))
                 .arg(targetNameList(servers));
    c.informativeText = command;
    c.acceptText = tr("Run on %n server(s)", nullptr, int(servers.size()));
    return c;
}

Result<QString> DiagnosticsService::retryFailed(const QString &operationId)
{
    CommandBatch *b = batch(operationId);
    if (!b)
        return Error(tr("The results of that run are no longer available."));
    const QList<ServerRef> failed = b->failedServers();
    if (failed.isEmpty())
        return Error(tr("No server failed in that run."));
    return runCommand(failed, b->command(), qMax(1, b->timeoutMs() / 1000), b->concurrency());
}

Result<QString> DiagnosticsService::setSshAccess(const DomainSnapshot &server, const SshAccess &access)
{
    if (!m_services.operations)
        return Error(tr("Operations are not available."));
    if (!server.metadataError.isEmpty())
        return Error(tr("The virtdeck metadata of %1 cannot be read, so its SSH access is left unchanged.")
                         .arg(server.name),
                     server.metadataError);
    if (Status s = validateSshAccess(access); !s)
        return s.error();
    const QVariantMap params{{QStringLiteral("host"), access.host.trimmed()},
                             {QStringLiteral("port"), access.port},
                             {QStringLiteral("user"), access.user.trimmed()}};
    return m_services.operations->enqueue(setSshAccessKind(), tr("Set SSH access of %1").arg(server.name),
                                          {server.ref()}, params);
}

// ------------------------------------------------------------------------------------------- lookups

std::optional<DiagnosisReport> DiagnosticsService::report(const QString &operationId) const
{
    auto it = m_reports.constFind(operationId);
    if (it == m_reports.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<DiagnosisReport> DiagnosticsService::lastReport(const ServerRef &server) const
{
    return report(m_lastDiagnosis.value(server.key()));
}

QString DiagnosticsService::lastDiagnosisId(const ServerRef &server) const
{
    return m_lastDiagnosis.value(server.key());
}

CommandBatch *DiagnosticsService::batch(const QString &operationId) const
{
    return m_batches.value(operationId);
}

// ---------------------------------------------------------------------------------------- diagnosis

void DiagnosticsService::startDiagnosis(OperationRun *run)
{
    const ServerRef server = firstTarget(run);
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    run->setProgress(2, tr("asking the hypervisor"));
    // First the hypervisor's own view, fresh: state, vCPUs, SSH access and addresses in one worker job.
    c->runOnDomain(
        run, server,
        [](virDomainPtr dom, virConnectPtr) -> Result<HypervisorView> {
            HypervisorView v;
            int state = 0;
            int reason = 0;
            if (virDomainGetState(dom, &state, &reason, 0) < 0)
                return libvirtError(tr("Cannot read the state of the server."));
            v.state = domainStateFromLibvirt(state);
            virDomainInfo info{};
            if (virDomainGetInfo(dom, &info) == 0)
                v.vcpus = int(info.nrVirtCpu);
            if (Result<ServerMetadata> m = SnapshotBuilder::readMetadata(dom); m)
                v.access = m.value().ssh;
            if (isActive(v.state)) {
                Result<QList<ServerAddress>> a = AddressBook::query(dom);
                if (a)
                    v.addresses = a.value();
                else
                    v.addressError = a.error().toString();
            }
            return v;
        },
        [this, run](Result<HypervisorView> view) {
            if (run->isCancelRequested()) { // cancelled while the hypervisor answered
                run->cancelled();
                return;
            }
            if (!view) {
                run->fail(view.error());
                return;
            }
            diagnoseOnWorker(run, view.value());
        });
}

void DiagnosticsService::diagnoseOnWorker(OperationRun *run, const HypervisorView &view)
{
    const QString id = run->id();
    const ServerRef server = firstTarget(run);
    if (isActive(view.state))
        m_addresses->remember(server, view.addresses, view.addressError);

    Diagnoser::Input input;
    input.server = server;
    input.state = view.state;
    input.vcpus = view.vcpus;
    input.access = view.access;
    input.addresses = view.addresses;
    input.addressError = view.addressError;
    input.fakeAddresses = m_addresses->hasFakeAddresses(server);
    input.options = m_options;
    input.thresholds = m_thresholds;

    const DiagnosisReport planned = Diagnoser::plan(input);
    m_reports.insert(id, planned);
    m_lastDiagnosis.insert(server.key(), id);
    if (m_reports.size() > KeptReports) {
        // Drop the oldest that no server points to any more.
        for (auto it = m_reports.begin(); it != m_reports.end() && m_reports.size() > KeptReports;) {
            if (m_lastDiagnosis.key(it.key()).isEmpty())
                it = m_reports.erase(it);
            else
                ++it;
        }
    }
    Q_EMIT diagnosisStarted(id, planned);

    const CancelFlag cancel = makeCancelFlag();
    m_running << cancel;
    connect(run, &OperationRun::cancelRequested, run, [cancel] { cancel->store(true); });
    const int steps = int(planned.steps.size());
    QPointer<DiagnosticsService> self(this);
    QPointer<OperationRun> guard(run);
    // Called on the worker: hop to the main thread with a copy of the step.
    Diagnoser::Progress progress = [self, guard, id, steps](int index, const DiagnosisStep &step) {
        if (!self) // cannot happen while the service waits for its pool, but never post to nothing
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, id, index, step, steps] {
                if (!self)
                    return;
                auto it = self->m_reports.find(id);
                if (it != self->m_reports.end() && index < it->steps.size())
                    it->steps[index] = step;
                Q_EMIT self->diagnosisProgress(id, index, step);
                if (guard && step.status == DiagnosisStep::Status::Running)
                    guard->setProgress(5 + 90 * index / steps, step.title);
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<DiagnosisReport>(run);
    connect(watcher, &QFutureWatcher<DiagnosisReport>::finished, run, [this, watcher, run, id, cancel] {
        m_running.removeAll(cancel);
        finishDiagnosis(id, run, watcher->result());
    });
    SshPromptBroker *broker = m_broker;
    watcher->setFuture(QtConcurrent::run(m_pool, [input, broker, cancel, progress] {
        return Diagnoser::run(input, broker, cancel, progress);
    }));
}

void DiagnosticsService::finishDiagnosis(const QString &operationId, OperationRun *run,
                                         const DiagnosisReport &report)
{
    m_reports.insert(operationId, report);
    Q_EMIT diagnosisFinished(operationId, report);
    for (const Finding &f : report.findings)
        run->log(QStringLiteral("[%1] %2").arg(Finding::severityName(f.severity), f.title));
    if (report.cancelled)
        run->cancelled(report.summary());
    else
        run->succeed(report.summary());
}

// ------------------------------------------------------------------------------------ run command

void DiagnosticsService::keepBatch(const QString &operationId, CommandBatch *batch)
{
    m_batches.insert(operationId, batch);
    m_batchOrder << operationId;
    while (m_batchOrder.size() > KeptBatches) {
        const QString old = m_batchOrder.takeFirst();
        CommandBatch *b = m_batches.take(old);
        if (b && b->isFinished())
            b->deleteLater();
        else if (b)
            connect(b, &CommandBatch::finished, b, &QObject::deleteLater);
    }
}

void DiagnosticsService::startRunCommand(OperationRun *run)
{
    const QList<ServerRef> targets = run->operation().targets;
    run->setProgress(0, tr("looking up addresses"));
    // Fresh addresses first; the SSH access override of each server still wins.
    m_addresses->fetch(targets, run, [this, run, targets] {
        if (run->isCancelRequested()) { // cancelled while the addresses were read
            run->cancelled();
            return;
        }
        const QString command = run->param(QStringLiteral("command")).toString();
        const int timeoutMs =
            run->param(QStringLiteral("timeoutSeconds"), DefaultCommandTimeoutSeconds).toInt() * 1000;
        const int concurrency = run->param(QStringLiteral("concurrency"), DefaultConcurrency).toInt();
        QList<BatchItem> items;
        for (ServerRef ref : targets) {
            if (m_services.servers) {
                if (auto s = m_services.servers->server(ref))
                    ref.name = s->name;
            }
            BatchItem item;
            item.server = ref;
            item.target = m_addresses->sshTarget(ref);
            if (!item.target.problem.isEmpty()) {
                item.problem = item.target.problem;
            } else if (!item.target.isValid()) {
                item.problem =
                    m_addresses->hasFakeAddresses(ref)
                        ? tr("%1 runs on libvirt's test driver, whose addresses are made up: set its SSH "
                             "access to reach it.")
                              .arg(ref.name)
                        : tr("No address known for %1: set its SSH access, or install qemu-guest-agent in "
                             "it.")
                              .arg(ref.name);
            }
            items << item;
        }
        auto *b = new CommandBatch(m_pool, m_broker, m_options, command, timeoutMs, concurrency, items, this);
        keepBatch(run->id(), b);
        connect(run, &OperationRun::cancelRequested, b, &CommandBatch::cancel);
        connect(b, &CommandBatch::itemChanged, run, [run, b](int index) {
            // Each server's outcome as it comes, so a retry (even after a crash) skips the ones done.
            if (const BatchItem &i = b->items().at(index); i.isFinished())
                run->setTargetResult(i.server, i.state == BatchItem::State::Succeeded);
            run->setProgress(100 * b->finishedCount() / qMax(1, b->count()),
                             tr("%1 of %2 done").arg(b->finishedCount()).arg(b->count()));
        });
        connect(b, &CommandBatch::finished, run, [run, b] {
            QStringList failures;
            for (const BatchItem &i : b->items()) {
                QString line = QStringLiteral("%1: %2").arg(i.server.name, BatchItem::stateName(i.state));
                if (i.hasResult && i.result.exitStatus >= 0)
                    line += QStringLiteral(", ") + tr("exit %1").arg(i.result.exitStatus);
                if (!i.error.message.isEmpty())
                    line += QStringLiteral(", ") + i.error.toString();
                run->log(line);
                if (i.isFailure())
                    failures << line;
            }
            if (b->wasCancelled())
                run->cancelled(b->summary());
            else if (!failures.isEmpty())
                run->fail(Error(b->summary(), failures.join(QLatin1Char('\n'))));
            else
                run->succeed(b->summary());
        });
        Q_EMIT batchStarted(run->id(), b);
        b->start();
    });
}

// ---------------------------------------------------------------------------------------- SSH access

void DiagnosticsService::startSetSshAccess(OperationRun *run)
{
    const ServerRef server = firstTarget(run);
    SshAccess access;
    access.host = run->param(QStringLiteral("host")).toString();
    access.port = run->param(QStringLiteral("port"), 0).toInt();
    access.user = run->param(QStringLiteral("user")).toString();
    if (Status s = validateSshAccess(access); !s) {
        run->fail(s.error());
        return;
    }
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    c->runOnDomain(
        run, server,
        [access](virDomainPtr dom, virConnectPtr) {
            return SnapshotBuilder::updateMetadata(dom, [&](ServerMetadata &m) { m.ssh = access; });
        },
        [this, run, c, server](Status s) {
            if (!s) {
                run->fail(s.error());
                return;
            }
            c->refreshDomain(server.uuid);
            Q_EMIT m_addresses->addressesChanged(server);
            run->succeed();
        });
}

} // namespace virtdeck
