#include "shell/ProfileBand.h"

#include "settings/Profile.h"
#include "shell/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace c1 {

namespace {

QLabel* makeBadge(const QString& text, const QString& iconName, const QString& objectName, QWidget* parent)
{
    auto* badge = new QLabel(parent);
    badge->setObjectName(objectName);
    badge->setAccessibleName(text);
    badge->setTextFormat(Qt::RichText);
    const int size = badge->fontMetrics().height();
    badge->setText(QStringLiteral("<img src=\":/icons/%1.svg\" width=\"%2\" height=\"%2\"> <b>%3</b>")
                       .arg(iconName)
                       .arg(size)
                       .arg(text.toHtmlEscaped()));
    badge->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,0.9); color: #202020; "
                                        "border-radius: 4px; padding: 1px 6px; }"));
    badge->hide();
    return badge;
}

} // namespace

ProfileBand::ProfileBand(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_host(new QLabel(this))
    , m_readOnly(makeBadge(tr("READ-ONLY"), QStringLiteral("lock"), QStringLiteral("readOnlyBadge"), this))
    , m_production(makeBadge(tr("PRODUCTION"), QStringLiteral("warning"), QStringLiteral("productionBadge"), this))
{
    setObjectName(QStringLiteral("profileBand"));
    setAccessibleName(tr("Active profile"));
    m_name->setObjectName(QStringLiteral("bandProfileName"));
    m_host->setObjectName(QStringLiteral("bandTenantHost"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 10, 3);
    layout->setSpacing(10);
    layout->addWidget(m_name);
    layout->addWidget(m_host);
    layout->addStretch(1);
    layout->addWidget(m_production);
    layout->addWidget(m_readOnly);
    clear();
}

void ProfileBand::setProfile(const Profile& profile, const QString& tenantHost)
{
    m_color = QColor::fromString(profile.color);
    if (!m_color.isValid())
        m_color = QColor(0x8a, 0x93, 0x9e);
    // Text that stays readable on the band, whatever colour the profile chose.
    const QColor text = m_color.lightness() > 150 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
    const QString style = QStringLiteral("color: %1;").arg(text.name());
    m_name->setStyleSheet(style);
    m_host->setStyleSheet(style);
    m_name->setText(profile.name);
    m_host->setText(tenantHost);
    m_readOnly->setVisible(profile.readOnly);
    m_production->setVisible(profile.production);
    setToolTip(profile.readOnly ? tr("This profile is read-only: every change to the tenant is refused.") : QString());
    update();
}

void ProfileBand::clear()
{
    m_color = palette().color(QPalette::Mid);
    m_name->setText(tr("No profile"));
    m_name->setStyleSheet({});
    m_host->clear();
    m_readOnly->hide();
    m_production->hide();
    setToolTip({});
    update();
}

void ProfileBand::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_color);
}

} // namespace c1
