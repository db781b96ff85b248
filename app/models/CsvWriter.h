#pragma once

#include <QStringList>

class QIODevice;

namespace c1 {

// The CSV every export writes (bulk results, a leaver's ownership, a handover): UTF-8 with a byte-order mark (so
// spreadsheets read it as UTF-8), RFC 4180 quoting, CRLF line ends, and a cell that starts like a formula (=, +, @)
// prefixed with ' so that a spreadsheet does not run it.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device); // writes the byte-order mark
    void line(const QStringList& fields);
    static QString field(const QString& value); // one cell, quoted when needed

private:
    QIODevice* m_device;
};

} // namespace c1
