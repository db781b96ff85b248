#pragma once

#include "settings/Profile.h"

#include <QObject>

class QWidget;

namespace Ui {
class SettingsDialog;
}

namespace c1 {

// The connection and behaviour part of the settings form, everything of a Profile but its ID, name and
// credentials: URL override, extra CA file, proxy, bulk concurrency, read-only, production, colour and language.
// Fills the widgets from a Profile, reads them back, and says edited() when the user changes one.
class ProfileFields : public QObject {
    Q_OBJECT
public:
    ProfileFields(Ui::SettingsDialog& form, QWidget* dialog);

    void load(const Profile& profile);
    void fill(Profile& profile) const; // the fields this part owns
    QString problem() const; // empty, or a translated message for a field the Profile cannot express

Q_SIGNALS:
    void edited();

private:
    void updateProxyFields();
    void updateColorButton();
    void chooseColor();
    void chooseCaFile();

    Ui::SettingsDialog& m_ui;
    QWidget* m_dialog;
    QString m_color;
};

} // namespace c1
