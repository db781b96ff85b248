#pragma once

#include <QString>

namespace c1 {

class BulkLedger;

// The CSV export of a bulk owner change: where its file dialog opens (the user's documents folder, then the folder
// of the last export, remembered in QSettings) and the atomic write of the ledger (QSaveFile).
class BulkExport {
public:
    static QString directory();
    static QString suggestedPath(const QString& fileName);
    // Writes the ledger to `path`; false and a translated *error when the file cannot be written.
    static bool write(const BulkLedger& ledger, const QString& path, QString* error = nullptr);
};

} // namespace c1
