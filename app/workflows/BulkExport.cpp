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

bool BulkExport::writeFile(const QString& path, const std::function<void(QIODevice* device)>& write, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        write(&file);
        if (file.commit())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("c1::BulkExport", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool BulkExport::write(const BulkLedger& ledger, const QString& path, QString* error)
{
    if (!writeFile(
            path, [&ledger](QIODevice* device) { ledger.writeCsv(device); }, error))
        return false;
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    return true;
}

} // namespace c1
