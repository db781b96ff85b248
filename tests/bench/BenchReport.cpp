#include "bench/BenchReport.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace c1::bench {

double rounded(double value)
{
    if (!std::isfinite(value))
        return value;
    const double magnitude = std::abs(value);
    const double scale = magnitude >= 100 ? 10 : magnitude >= 1 ? 1000 : 100000;
    return std::round(value * scale) / scale;
}

ScenarioReport::ScenarioReport(const QString& name)
    : m_name(name)
{ }

void ScenarioReport::setParameter(const QString& key, const QJsonValue& value)
{
    m_parameters.insert(key, value);
}

void ScenarioReport::setFigure(const QString& key, double value)
{
    m_figures.insert(key, std::isfinite(value) ? QJsonValue(rounded(value)) : QJsonValue());
}

void ScenarioReport::setFigure(const QString& key, const QJsonValue& value)
{
    m_figures.insert(key, value);
}

double ScenarioReport::figure(const QString& key) const
{
    return m_figures.value(key).toDouble(std::nan(""));
}

void ScenarioReport::addTarget(
    const QString& figureKey, const QString& comparison, double limit, const QString& description)
{
    const double value = figure(figureKey);
    const bool known = std::isfinite(value) && !hasError();
    const bool met = known && (comparison == u"<="_s ? value <= limit : value >= limit);
    QJsonObject target;
    target.insert(u"figure"_s, figureKey);
    target.insert(u"value"_s, known ? QJsonValue(rounded(value)) : QJsonValue());
    target.insert(u"target"_s, QString(comparison + u' ' + QString::number(limit)));
    target.insert(u"description"_s, description);
    target.insert(u"met"_s, met);
    m_targets.append(target);
}

void ScenarioReport::addNote(const QString& note)
{
    m_notes.append(note);
}

void ScenarioReport::setError(const QString& error)
{
    m_error = error;
}

QJsonObject ScenarioReport::toJson() const
{
    QJsonObject json;
    json.insert(u"scenario"_s, m_name);
    json.insert(u"parameters"_s, m_parameters);
    json.insert(u"figures"_s, m_figures);
    json.insert(u"targets"_s, m_targets);
    if (!m_notes.isEmpty())
        json.insert(u"notes"_s, m_notes);
    if (!m_error.isEmpty())
        json.insert(u"error"_s, m_error);
    return json;
}

} // namespace c1::bench
