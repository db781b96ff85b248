#include "edit/DialogParts.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace c1 {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::DialogParts)
};
} // namespace

void DialogParts::addBanner(QBoxLayout* layout, const QString& productionText)
{
    productionBanner = new QLabel(productionText);
    productionBanner->setObjectName(QStringLiteral("productionBanner"));
    productionBanner->setWordWrap(true);
    productionBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde2e1; color: #7a1612; padding: 6px; border-radius: 3px; font-weight: bold; }"));
    productionBanner->setVisible(!productionText.isEmpty());
    layout->addWidget(productionBanner);
}

void DialogParts::addBottom(QBoxLayout* layout, const QString& actionText, const QString& actionName, QWidget* owner)
{
    busyLabel = new QLabel(owner);
    busyLabel->setObjectName(QStringLiteral("busyLabel"));
    busyLabel->setWordWrap(true);
    busyBar = new QProgressBar(owner);
    busyBar->setObjectName(QStringLiteral("busyBar"));
    busyBar->setAccessibleName(Tr::tr("Working"));
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->hide();
    serverError = new QLabel(owner);
    serverError->setObjectName(QStringLiteral("serverErrorLabel"));
    serverError->setWordWrap(true);
    serverError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serverError->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    serverError->hide();
    layout->addWidget(busyLabel);
    layout->addWidget(busyBar);
    layout->addWidget(serverError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    action = new QPushButton(actionText, owner);
    action->setObjectName(actionName);
    action->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    action->setDefault(true);
    cancel = new QPushButton(Tr::tr("Cancel"), owner);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(Tr::tr("Cancel"));
    buttons->addWidget(action);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
}

void DialogParts::render(bool busy, const QString& status, const QString& error)
{
    busyBar->setVisible(busy);
    busyLabel->setText(status);
    busyLabel->setVisible(!status.isEmpty());
    cancel->setText(busy ? Tr::tr("Cancel request") : Tr::tr("Cancel"));
    cancel->setAccessibleName(cancel->text());
    serverError->setText(error);
    serverError->setVisible(!error.isEmpty());
}

QLabel* makeProblemLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

} // namespace c1
