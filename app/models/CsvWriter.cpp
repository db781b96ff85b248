#include "models/CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace c1 {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
    m_device->write("\xEF\xBB\xBF");
}

void CsvWriter::line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << field(f);
    m_device->write(QString(quoted.join(u',') + u"\r\n"_s).toUtf8());
}

QString CsvWriter::field(const QString& value)
{
    QString v = value;
    // A spreadsheet would run a cell that starts like a formula.
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';')
        || v.startsWith(u' ') || v.endsWith(u' '))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

} // namespace c1
