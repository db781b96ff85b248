#pragma once

#include "create/SearchPicker.h"

#include <QHash>

namespace c1 {

// Chooses entitlements of any app: search by name (POST /api/v1/search/entitlements, debounced; app names
// looked up once), or paste "<appId>/<entitlementId>" pairs. Chosen entitlements show as "name — app".
class EntitlementPicker : public SearchPicker {
    Q_OBJECT
public:
    explicit EntitlementPicker(QWidget* parent = nullptr);

    QList<EntitlementRef> refs() const;
    QList<AppEntitlement> entitlements() const; // chosen entitlements whose details are known
    void addEntitlement(const AppEntitlement& entitlement);

    static QString keyOf(const EntitlementRef& ref) { return ref.appId + QLatin1Char('/') + ref.id; }

protected:
    Parsed parse(const QString& text) const override;
    CallHandle search(const QString& query) override;
    CallHandle resolve(const QStringList& keys) override;
    QString placeholder() const override;
    QString tooManyText(int maximum) const override;
    QString notFoundText(const QString& key) const override;

private:
    Entry entryFor(const AppEntitlement& entitlement) const;
    void withAppNames(const QList<AppEntitlement>& entitlements, std::function<void()> then);

    QHash<QString, QString> m_appNames;
    CallHandle m_appCall;
};

} // namespace c1
