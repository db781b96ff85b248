#include "connect/ProfileFields.h"

#include "settings/ConcurrencyLimits.h"
#include "shell/Translations.h"
#include "ui_SettingsDialog.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QPainter>

namespace c1 {

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ProfileFields::ProfileFields(Ui::SettingsDialog& form, QWidget* dialog)
    : QObject(dialog)
    , m_ui(form)
    , m_dialog(dialog)
{
    m_ui.proxyCombo->addItem(tr("System proxy settings"), int(Profile::Proxy::System));
    m_ui.proxyCombo->addItem(tr("No proxy"), int(Profile::Proxy::None));
    m_ui.proxyCombo->addItem(tr("Manual proxy"), int(Profile::Proxy::Manual));
    for (const Translations::Language& language : Translations::available())
        m_ui.languageCombo->addItem(language.name, language.code);

    connect(m_ui.browseCaButton, &QToolButton::clicked, this, &ProfileFields::chooseCaFile);
    connect(m_ui.colorButton, &QToolButton::clicked, this, &ProfileFields::chooseColor);
    connect(m_ui.clearColorButton, &QToolButton::clicked, this, [this] {
        m_color.clear();
        updateColorButton();
        Q_EMIT edited();
    });
    connect(m_ui.proxyCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        Q_EMIT edited();
    });
    for (QLineEdit* edit : { m_ui.urlOverrideEdit, m_ui.caFileEdit, m_ui.proxyHostEdit, m_ui.proxyExclusionsEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProfileFields::edited);
    m_ui.concurrencySpin->setRange(requestConcurrency::minimum, requestConcurrency::maximum); // an upper bound
    for (QSpinBox* spin : { m_ui.proxyPortSpin, m_ui.concurrencySpin })
        connect(spin, &QSpinBox::valueChanged, this, &ProfileFields::edited);
    for (QCheckBox* check : { m_ui.readOnlyCheck, m_ui.productionCheck })
        connect(check, &QCheckBox::toggled, this, &ProfileFields::edited);
    connect(m_ui.languageCombo, &QComboBox::currentIndexChanged, this, &ProfileFields::edited);
}

void ProfileFields::load(const Profile& profile)
{
    m_ui.urlOverrideEdit->setText(profile.urlOverride.toString());
    m_ui.caFileEdit->setText(profile.caFile);
    m_ui.proxyCombo->setCurrentIndex(m_ui.proxyCombo->findData(int(profile.proxy)));
    m_ui.proxyHostEdit->setText(profile.proxyHost);
    m_ui.proxyPortSpin->setValue(profile.proxyPort > 0 ? profile.proxyPort : 3128);
    m_ui.proxyExclusionsEdit->setText(profile.proxyExclusions);
    m_ui.concurrencySpin->setValue(profile.concurrency);
    m_ui.readOnlyCheck->setChecked(profile.readOnly);
    m_ui.productionCheck->setChecked(profile.production);
    m_color = profile.color;
    const int language = m_ui.languageCombo->findData(profile.language);
    m_ui.languageCombo->setCurrentIndex(language >= 0 ? language : 0);
    updateColorButton();
    updateProxyFields();
}

void ProfileFields::fill(Profile& p) const
{
    const QString url = m_ui.urlOverrideEdit->text().trimmed();
    p.urlOverride = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    p.caFile = m_ui.caFileEdit->text().trimmed();
    p.proxy = Profile::Proxy(m_ui.proxyCombo->currentData().toInt());
    p.proxyHost = m_ui.proxyHostEdit->text().trimmed();
    p.proxyPort = p.proxy == Profile::Proxy::Manual ? m_ui.proxyPortSpin->value() : 0;
    p.proxyExclusions = m_ui.proxyExclusionsEdit->text().trimmed();
    p.concurrency = m_ui.concurrencySpin->value();
    p.readOnly = m_ui.readOnlyCheck->isChecked();
    p.production = m_ui.productionCheck->isChecked();
    p.color = m_color;
    p.language = m_ui.languageCombo->currentData().toString();
}

QString ProfileFields::problem() const
{
    const QString url = m_ui.urlOverrideEdit->text().trimmed();
    if (!url.isEmpty() && !QUrl(url, QUrl::StrictMode).isValid())
        return tr("The URL override is not a valid address.");
    return {};
}

void ProfileFields::updateProxyFields()
{
    const bool manual = Profile::Proxy(m_ui.proxyCombo->currentData().toInt()) == Profile::Proxy::Manual;
    m_ui.proxyHostEdit->setEnabled(manual);
    m_ui.proxyPortSpin->setEnabled(manual);
    m_ui.proxyExclusionsEdit->setEnabled(manual);
}

void ProfileFields::updateColorButton()
{
    const QColor color = QColor::fromString(m_color);
    m_ui.colorButton->setIcon(color.isValid() ? swatch(color) : QIcon());
    m_ui.colorButton->setText(color.isValid() ? color.name() : tr("Choose…"));
    m_ui.colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui.clearColorButton->setEnabled(color.isValid());
}

void ProfileFields::chooseColor()
{
    auto* dialog = new QColorDialog(QColor::fromString(m_color), m_dialog);
    dialog->setObjectName(QStringLiteral("colorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor& color) {
        m_color = color.name();
        updateColorButton();
        Q_EMIT edited();
    });
    dialog->open();
}

void ProfileFields::chooseCaFile()
{
    auto* dialog = new QFileDialog(m_dialog, tr("Choose a CA certificate"), m_ui.caFileEdit->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { m_ui.caFileEdit->setText(file); });
    dialog->open();
}

} // namespace c1
