#include "workflows/BulkExport.h"

#include "models/BulkLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
const auto kDirectoryKey = u"bulkOwners/exportDirectory"_s;
}

QString BulkExport::directory()
{
    const QString last = QSettings().value(kDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString BulkExport::suggestedPath(const QString& fileName)
{
    return QDir(directory()).filePath(fileName);
}

bool BulkExport::write(const BulkLedger& ledger, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        ledger.writeCsv(&file);
        if (file.commit()) {
            QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
            return true;
        }
    }
    if (error)
        *error = QCoreApplication::translate("c1::BulkExport", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace c1
