#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace c1 {

class BulkLedger;

// The CSV export of a bulk owner change: where its file dialog opens (the user's documents folder, then the folder
// of the last export, remembered in QSettings) and the atomic write of the ledger (QSaveFile). The other exports (a
// leaver's ownership, a handover) open there too and write through writeFile().
class BulkExport {
public:
    static QString directory();
    static QString suggestedPath(const QString& fileName);
    // Writes `path` atomically (QSaveFile) with what `write` puts on the device; false and a translated *error when
    // the file cannot be written (the file is then left as it was).
    static bool writeFile(
        const QString& path, const std::function<void(QIODevice* device)>& write, QString* error = nullptr);
    // Writes the ledger to `path`; false and a translated *error when the file cannot be written.
    static bool write(const BulkLedger& ledger, const QString& path, QString* error = nullptr);
};

} // namespace c1
