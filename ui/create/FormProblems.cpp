#include "create/FormProblems.h"

#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace c1 {

namespace {
// A fitted dialog leaves this share of the screen's available area free (window frame, title bar, panels).
constexpr double kScreenShare = 0.9;
} // namespace

FormProblems::FormProblems(QScrollArea* scroll, QLabel* summary, QObject* parent)
    : QObject(parent)
    , m_scroll(scroll)
    , m_summary(summary)
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_summary->hide();
    connect(m_summary, &QLabel::linkActivated, this, &FormProblems::reveal);
}

FormProblems::~FormProblems() = default;

QList<QLabel*> FormProblems::shownProblems() const
{
    QList<QLabel*> problems;
    if (!m_scroll || !m_scroll->widget())
        return problems;
    QWidget* form = m_scroll->widget();
    for (QLabel* label : form->findChildren<QLabel*>()) {
        if (label->property("c1ProblemField").isValid() && !label->text().isEmpty() && label->isVisibleTo(form))
            problems.append(label);
    }
    auto top = [form](QLabel* label) { return label->mapTo(form, QPoint(0, 0)); };
    std::sort(problems.begin(), problems.end(), [&top](QLabel* a, QLabel* b) {
        const QPoint pa = top(a);
        const QPoint pb = top(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return problems;
}

// The name of the form row that holds `problem` (its label's text without mnemonic and colon), or empty.
QString FormProblems::fieldName(QLabel* problem) const
{
    auto* form = m_scroll && m_scroll->widget() ? qobject_cast<QFormLayout*>(m_scroll->widget()->layout()) : nullptr;
    if (!form)
        return {};
    for (QWidget* w = problem; w && w != m_scroll->widget(); w = w->parentWidget()) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::LabelRole;
        form->getWidgetPosition(w, &row, &role);
        if (row < 0)
            continue;
        // The problem's own row has no label: the field it belongs to is in the row above.
        for (int r = row; r >= 0; --r) {
            if (QLayoutItem* item = form->itemAt(r, QFormLayout::LabelRole); item && item->widget()) {
                if (auto* label = qobject_cast<QLabel*>(item->widget()); label && !label->text().isEmpty()) {
                    QString name = label->text();
                    name.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
                    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')))
                        name.chop(1);
                    return name;
                }
            }
        }
        return {};
    }
    return {};
}

void FormProblems::update()
{
    const QList<QLabel*> problems = shownProblems();
    QList<QPair<QPointer<QLabel>, QString>> shown;
    QLabel* appeared = nullptr;
    for (QLabel* label : problems) {
        shown.append({ label, label->text() });
        const bool seen = std::any_of(m_shown.cbegin(), m_shown.cend(),
            [label](const auto& before) { return before.first == label && before.second == label->text(); });
        if (!seen && !appeared)
            appeared = label;
    }
    m_shown = shown;

    if (problems.isEmpty()) {
        m_summary->clear();
        m_summary->hide();
    } else {
        QLabel* first = problems.first();
        const QString name = fieldName(first);
        QString text = name.isEmpty()
            ? first->text().toHtmlEscaped()
            : tr("<a href=\"#problem\">%1</a>: %2").arg(name.toHtmlEscaped(), first->text().toHtmlEscaped());
        if (problems.size() > 1)
            text += QLatin1Char(' ') + tr("(%n more problem(s))", nullptr, int(problems.size() - 1));
        m_summary->setText(text);
        m_summary->setToolTip(tr("Click the field's name to go to the problem."));
        m_summary->show();
    }
    // A new problem may be out of sight (below the fold): once the layout has placed it, it scrolls into view.
    if (appeared) {
        QPointer<QLabel> label = appeared;
        QTimer::singleShot(0, this, [this, label] {
            if (label && label->isVisible())
                scrollTo(label);
        });
    }
}

void FormProblems::scrollTo(QLabel* problem)
{
    if (!m_scroll)
        return;
    QWidget* target = problem;
    m_scroll->ensureWidgetVisible(target, 0, 8);
}

void FormProblems::reveal()
{
    const QList<QLabel*> problems = shownProblems();
    if (problems.isEmpty())
        return;
    QLabel* first = problems.first();
    // The field first, then its message: both show when they fit.
    if (auto* field = qobject_cast<QWidget*>(first->property("c1ProblemField").value<QObject*>())) {
        m_scroll->ensureWidgetVisible(field, 0, 8);
        field->setFocus(Qt::OtherFocusReason);
    }
    scrollTo(first);
}

void FormProblems::fitToScreen(QDialog* dialog, QScrollArea* scroll)
{
    dialog->ensurePolished();
    const QWidget* content = scroll->widget();
    const QSize dialogHint = dialog->sizeHint();
    const QSize scrollHint = scroll->sizeHint();
    const QSize contentHint = content ? content->sizeHint() : scrollHint;
    const int frame = 2 * scroll->frameWidth();
    const int scrollBar = dialog->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    // The dialog around its scroll area, with the whole form inside it (and room for a scroll bar, should the
    // screen be too small for the form).
    QSize wanted(dialogHint.width() - scrollHint.width() + contentHint.width() + frame + scrollBar,
        dialogHint.height() - scrollHint.height() + contentHint.height() + frame);
    wanted = wanted.expandedTo(dialogHint);

    const QWidget* parent = dialog->parentWidget();
    const QScreen* screen = parent ? parent->screen() : dialog->screen();
    if (screen) {
        const QRect available = screen->availableGeometry();
        wanted = wanted.boundedTo(QSize(int(available.width() * kScreenShare), int(available.height() * kScreenShare)));
    }
    dialog->setSizeGripEnabled(true);
    dialog->resize(wanted.expandedTo(dialog->minimumSizeHint()));
}

} // namespace c1
