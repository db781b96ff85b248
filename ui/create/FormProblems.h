#pragma once

#include <QObject>
#include <QPointer>

class QDialog;
class QLabel;
class QScrollArea;
class QWidget;

namespace c1 {

// Keeps the problems of a long, scrolling form in sight (the create dialogs):
//  - a summary line beside the dialog's buttons names the first problem the form shows, top to bottom, and how
//    many more there are; its link scrolls to that problem and puts the focus on its field;
//  - a problem that appears outside the visible part of the form scrolls into view;
//  - fitToScreen() sizes the dialog to its content on the screen it opens on.
// The problems are the message labels that showFieldProblem() (create/FieldStatus.h) fills.
class FormProblems : public QObject {
    Q_OBJECT
public:
    FormProblems(QScrollArea* scroll, QLabel* summary, QObject* parent);
    ~FormProblems() override;

    // After each validation of the form: updates the summary and scrolls to a problem that has just appeared.
    void update();
    // Scrolls to the first problem and focuses its field.
    void reveal();
    // The problem labels the form shows, top to bottom.
    QList<QLabel*> shownProblems() const;

    // Resizes `dialog` (before it is shown) so that its form needs no scrolling, within the available area of the
    // screen it opens on (its parent's), and makes it resizable with a size grip.
    static void fitToScreen(QDialog* dialog, QScrollArea* scroll);

private:
    QString fieldName(QLabel* problem) const;
    void scrollTo(QLabel* problem);

    QPointer<QScrollArea> m_scroll;
    QPointer<QLabel> m_summary;
    QList<QPair<QPointer<QLabel>, QString>> m_shown; // what update() saw last
};

} // namespace c1
