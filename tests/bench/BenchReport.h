#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace c1::bench {

// One scenario's figures and targets. A target never fails the run: it is reported with met true/false.
class ScenarioReport {
public:
    explicit ScenarioReport(const QString& name);

    void setParameter(const QString& key, const QJsonValue& value);
    void setFigure(const QString& key, double value); // rounded to 3 significant decimals
    void setFigure(const QString& key, const QJsonValue& value);
    double figure(const QString& key) const;
    // figure key, its value, "<=" or ">=", the limit, and what the limit means.
    void addTarget(const QString& figureKey, const QString& comparison, double limit, const QString& description);
    void addNote(const QString& note);
    void setError(const QString& error); // the scenario could not be measured (reported, not thrown)
    bool hasError() const { return !m_error.isEmpty(); }

    QJsonObject toJson() const;
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_error;
    QJsonObject m_parameters;
    QJsonObject m_figures;
    QJsonArray m_targets;
    QJsonArray m_notes;
};

double rounded(double value);

} // namespace c1::bench
