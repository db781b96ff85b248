#pragma once

#include "owners/BulkTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <vector>

class QIODevice;

namespace c1 {

class BulkOwnerJob;

// The one row ledger of a bulk owner change: one row per (owner × target) from the check through the apply. Until
// the apply the ledger holds the planned rows itself (the preview: ticks, chosen users, re-planned verdicts); the
// apply hands them over to the job (handOver), which owns them from then on, and the ledger reads them there. Rows
// are never copied between the plan, the view and the job: BulkRowsModel is a view onto this ledger, the workflow
// (BulkAssignment) edits it, the job writes it. It also keeps the per-status counts and writes the CSV export.
class BulkLedger : public QObject {
    Q_OBJECT
public:
    // What every row's call depends on (the job's spec once a job holds the rows).
    struct Context {
        QList<OwnerTarget> targets;
        OwnerKind kind = OwnerKind::User;
        BulkOperation operation = BulkOperation::Add;
        QString roleSlug;
    };

    explicit BulkLedger(QObject* parent = nullptr);
    ~BulkLedger() override;

    const Context& context() const { return m_context; }
    void setContext(Context context); // ignored while a job holds the rows (its spec is the context)

    const QList<BulkRow>& rows() const;
    int size() const { return int(rows().size()); }
    const BulkRow& row(int index) const { return rows().at(index); }
    int count(RowStatus status, bool onlyChecked = false) const;
    // Pasted lines (a line × every target is one line): with any row, and with a row that has a problem.
    int lineCount() const { return m_lines; }
    int problemLineCount() const { return int(m_problemRowsByLine.size()); }
    int problemRowCount() const;
    // Found by the check and keeping a row from being written: malformed, wrong kind, unknown user, disabled,
    // entitlement not found, over the owner limit, read-only, or the check failed (an ambiguous email is not one).
    static bool isProblem(RowStatus status);

    // The plan, while no job holds the rows.
    void setRows(QList<BulkRow> rows);
    void setRow(int index, const BulkRow& row);
    // Edits every row in place (e.g. the planner's target rules after an untick); rows keep their order and number.
    void editRows(const std::function<void(QList<BulkRow>&)>& edit);
    bool setChecked(int index, bool checked); // false when rows cannot be ticked now
    void setCheckable(bool checkable);
    bool isCheckable() const;
    void clear(); // drops the rows (and lets go of a job)

    // The apply: the planned rows move into the job `make` builds from them; from then on rows() are the job's.
    BulkOwnerJob* handOver(const std::function<BulkOwnerJob*(QList<BulkRow> rows)>& make);
    // A job that already holds its rows (one resumed from its journal): the ledger's own rows are dropped.
    void attach(BulkOwnerJob* job);
    BulkOwnerJob* job() const;

    QString callText(const BulkRow& row) const; // "POST /api/v2/…", for rows that make (or would make) a call
    // True when the row's request was (or may have been) sent: the CSV shows its method and path only then.
    static bool wasSent(const BulkRow& row);

    // Results as CSV (CsvWriter), one line per row, with a header.
    void writeCsv(QIODevice* device) const;

Q_SIGNALS:
    void aboutToReset();
    void reset(); // a different set of rows
    void rowsChanged(int first, int last);
    void rowCheckedChanged(int row, bool checked);
    void countsChanged();
    void contextChanged();
    void checkableChanged(bool checkable);

private:
    void onJobRowChanged(int row);
    void recount();
    void replace(const std::function<void()>& change); // a reset around `change`
    void noteRow(int index); // updates the counts from the cached status of one row

    struct Seen {
        RowStatus status = RowStatus::Ready;
        bool checked = true;
    };

    Context m_context;
    QList<BulkRow> m_rows; // the plan; empty while a job holds the rows
    QPointer<BulkOwnerJob> m_job;
    bool m_checkable = true;
    std::vector<Seen> m_seen; // what the counts hold for each row
    std::array<int, kRowStatusCount> m_counts {};
    std::array<int, kRowStatusCount> m_checkedCounts {};
    int m_lines = 0;
    QHash<int, int> m_problemRowsByLine; // line → rows of it with a problem (lines without are not kept)
};

} // namespace c1
