#pragma once

// Measuring instruments of c1-bench: memory and CPU of this process (Linux /proc), the longest stall of the event
// loop, the machine, and a plain event loop to wait in (QTest::qWaitFor sleeps 10 ms between checks, which would
// blur every figure here).
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace c1::bench {

struct Memory {
    qint64 rssKiB = 0; // VmRSS
    qint64 hwmKiB = 0; // VmHWM: the peak since start or since resetPeak()
};
Memory readMemory();
bool resetPeak(); // writes "5" to /proc/self/clear_refs (Linux ≥ 4.0): VmHWM restarts from VmRSS

double processCpuMs(); // CLOCK_PROCESS_CPUTIME_ID
double threadCpuMs(); // CLOCK_THREAD_CPUTIME_ID of the calling thread

// nproc, CPU model, RAM, kernel, load averages, Qt version.
QJsonObject machineInfo();
QJsonObject loadAverage();

// Ticks every 5 ms on the thread it lives in and keeps the longest gap between two ticks: how long the event loop
// was unable to run a timer (a "stall"). Also samples VmRSS at each tick for a peak independent of VmHWM, and the
// thread's CPU time: the CPU a gap took ("busy") is the part of the stall that is this thread's own work, which other
// processes on a loaded machine do not stretch (they stretch the wall-clock gap).
class StallMeter : public QObject {
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr);
    void start();
    void stop();
    double longestGapMs() const { return m_longest; }
    int gapsOver(double ms) const;
    double longestBusyMs() const { return m_longestBusy; } // the most CPU of this thread between two ticks
    int busyGapsOver(double ms) const;
    int ticks() const { return m_ticks; }
    qint64 sampledPeakRssKiB() const { return m_peakRss; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longest = 0;
    int m_ticks = 0;
    qint64 m_peakRss = 0;
    QList<double> m_gaps; // gaps over 20 ms, for gapsOver()
    double m_lastCpuMs = 0;
    double m_longestBusy = 0;
    QList<double> m_busyGaps; // CPU over 20 ms between two ticks, for busyGapsOver()
};

// Runs an event loop until quit() or the timeout; true when quit() ended it.
// quit() before exec() makes exec() return at once.
class Wait {
public:
    explicit Wait(int timeoutMs);
    ~Wait();
    void quit();
    bool exec();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace c1::bench
