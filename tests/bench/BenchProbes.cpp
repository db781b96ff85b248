#include "bench/BenchProbes.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

#include <cmath>
#include <utility>

#include <time.h>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

qint64 statusField(const QByteArray& status, const QByteArray& key)
{
    const qsizetype at = status.indexOf(key);
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at);
    return status.mid(at + key.size(), end - at - key.size()).trimmed().split(' ').value(0).toLongLong();
}

QByteArray readProc(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // /proc files report size 0: readAll() reads until EOF
}

double clockMs(clockid_t id)
{
    timespec ts {};
    clock_gettime(id, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

} // namespace

Memory readMemory()
{
    const QByteArray status = readProc(u"/proc/self/status"_s);
    return { statusField(status, "VmRSS:"), statusField(status, "VmHWM:") };
}

bool resetPeak()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

double processCpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

double threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

QJsonObject loadAverage()
{
    const QList<QByteArray> parts = readProc(u"/proc/loadavg"_s).split(' ');
    QJsonObject load;
    load.insert(u"1min"_s, parts.value(0).toDouble());
    load.insert(u"5min"_s, parts.value(1).toDouble());
    load.insert(u"15min"_s, parts.value(2).toDouble());
    return load;
}

QJsonObject machineInfo()
{
    QJsonObject machine;
    machine.insert(u"nproc"_s, QThread::idealThreadCount());
    QString model;
    const QList<QByteArray> cpuinfo = readProc(u"/proc/cpuinfo"_s).split('\n');
    for (const QByteArray& line : cpuinfo) {
        if (line.startsWith("model name")) {
            model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            break;
        }
    }
    machine.insert(u"cpu"_s, model);
    const qint64 memKiB = statusField(readProc(u"/proc/meminfo"_s), "MemTotal:");
    machine.insert(u"ram_gib"_s, std::round(double(memKiB) / 1024.0 / 1024.0 * 10.0) / 10.0);
    machine.insert(u"kernel"_s, QSysInfo::kernelVersion());
    machine.insert(u"os"_s, QSysInfo::prettyProductName());
    machine.insert(u"qt"_s, QString::fromLatin1(qVersion()));
    machine.insert(u"load"_s, loadAverage());
    return machine;
}

StallMeter::StallMeter(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_longest = 0;
    m_ticks = 0;
    m_gaps.clear();
    m_longestBusy = 0;
    m_busyGaps.clear();
    m_peakRss = readMemory().rssKiB;
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuMs = threadCpuMs();
    m_timer.start();
}

void StallMeter::stop()
{
    tick(); // a stall that is still going on when the work ends counts as well
    m_timer.stop();
}

int StallMeter::gapsOver(double ms) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](double gap) { return gap > ms; }));
}

int StallMeter::busyGapsOver(double ms) const
{
    return int(std::count_if(m_busyGaps.cbegin(), m_busyGaps.cend(), [ms](double busy) { return busy > ms; }));
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gap = double(now - m_lastNs) / 1e6;
    m_lastNs = now;
    ++m_ticks;
    m_longest = std::max(m_longest, gap);
    if (gap > 20)
        m_gaps.append(gap);
    const double cpu = threadCpuMs();
    const double busy = cpu - std::exchange(m_lastCpuMs, cpu);
    m_longestBusy = std::max(m_longestBusy, busy);
    if (busy > 20)
        m_busyGaps.append(busy);
    m_peakRss = std::max(m_peakRss, readMemory().rssKiB);
}

struct Wait::Private {
    QEventLoop loop;
    QTimer timeout;
    bool timedOut = false;
    bool quitRequested = false;
};

Wait::Wait(int timeoutMs)
    : d(std::make_unique<Private>())
{
    d->timeout.setSingleShot(true);
    d->timeout.setInterval(timeoutMs);
    QObject::connect(&d->timeout, &QTimer::timeout, &d->loop, [this] {
        d->timedOut = true;
        d->loop.quit();
    });
}

Wait::~Wait() = default;

void Wait::quit()
{
    d->quitRequested = true;
    d->loop.quit();
}

bool Wait::exec()
{
    d->timedOut = false;
    if (std::exchange(d->quitRequested, false))
        return true;
    d->timeout.start();
    d->loop.exec();
    d->timeout.stop();
    d->quitRequested = false;
    return !d->timedOut;
}

} // namespace c1::bench
