#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

namespace c1 {

struct Profile;

// The coloured band across the top of the main window: which tenant this is, at a glance, with "read-only" and
// "production" badges. Its colour is the profile's colour (a neutral grey when it has none).
class ProfileBand : public QWidget {
    Q_OBJECT
public:
    explicit ProfileBand(QWidget* parent = nullptr);

    void setProfile(const Profile& profile, const QString& tenantHost);
    void clear();
    QColor color() const { return m_color; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_color;
    QLabel* m_name;
    QLabel* m_host;
    QLabel* m_readOnly;
    QLabel* m_production;
};

} // namespace c1
