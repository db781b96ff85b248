#include "shell/WelcomeView.h"

#include "shell/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace c1 {

namespace {

QLabel* makeText(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
    , m_addTenant(new QPushButton(icon(u"add"), tr("Add a &tenant…"), this))
    , m_demo(new QPushButton(icon(u"app"), tr("Try the de&mo tenant"), this))
    , m_profilesHint(
          makeText(tr("Your profiles are in File ▸ Switch Profile."), QStringLiteral("welcomeProfiles"), this))
{
    setObjectName(QStringLiteral("welcomeView"));

    auto* logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("welcomeLogo"));
    logo->setPixmap(icon(u"c1console").pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    QLabel* heading = makeText(tr("Welcome to C1 Console"), QStringLiteral("welcomeHeading"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    QLabel* intro = makeText(tr("To administer a C1 (ConductorOne) tenant, add it as a profile with one of its API "
                                "keys. To look around first, try the demo tenant: made-up apps, resources and users "
                                "served by this computer, so nothing you do there reaches a real tenant."),
        QStringLiteral("welcomeIntro"), this);

    m_addTenant->setObjectName(QStringLiteral("addTenantButton"));
    m_addTenant->setAccessibleName(tr("Add a tenant"));
    m_addTenant->setToolTip(tr("Opens the settings with a new profile"));
    m_addTenant->setDefault(true);
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->setAccessibleName(tr("Try the demo tenant"));
    m_demo->setToolTip(tr("Starts a sandbox tenant with demo data on this computer and connects to it"));
    connect(m_addTenant, &QPushButton::clicked, this, &WelcomeView::addTenantRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);

    QLabel* keys = makeText(tr("Where API keys come from: in the C1 web app, open Settings → API keys and create "
                               "one. A key is a client ID and a client secret; the new profile asks for both and keeps "
                               "them in this computer's keychain."),
        QStringLiteral("welcomeKeysHint"), this);
    m_profilesHint->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addTenant);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    // A readable column in the middle of the window: up to about 70 characters wide, narrower in a narrow window.
    auto* body = new QWidget(this);
    body->setObjectName(QStringLiteral("welcomeBody"));
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    column->addWidget(logo);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(4);
    column->addLayout(buttons);
    column->addSpacing(4);
    column->addWidget(keys);
    column->addWidget(m_profilesHint);

    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(body, 10);
    centre->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
}

WelcomeView::~WelcomeView() = default;

void WelcomeView::setHasProfiles(bool hasProfiles)
{
    m_profilesHint->setVisible(hasProfiles);
}

} // namespace c1
