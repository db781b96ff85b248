#pragma once

#include <QString>

namespace c1 {

// What a write flow (CreateFlow, EditFlow, DeleteFlow, ResourceTypeFlow) shows its dialog: its state, a status text
// while it works and an error text after a failure, with one rule for telling the dialog: set() emits the flow's
// stateChanged(state) when the state changes, then its textChanged() once when the status text changes; setError()
// emits textChanged() when the error text changes. Flow is the QObject holding it: it declares both signals.
template <typename Flow, typename State> class FlowState {
public:
    FlowState(Flow* flow, State initial)
        : m_flow(flow)
        , m_state(initial)
    { }

    State state() const { return m_state; }
    QString status() const { return m_status; }
    QString error() const { return m_error; }

    void set(State state, const QString& status = {})
    {
        const bool textChange = status != m_status;
        m_status = status;
        if (state != m_state) {
            m_state = state;
            Q_EMIT m_flow->stateChanged(state);
        }
        if (textChange)
            Q_EMIT m_flow->textChanged();
    }

    void setError(const QString& error)
    {
        if (error == m_error)
            return;
        m_error = error;
        Q_EMIT m_flow->textChanged();
    }

private:
    Flow* m_flow;
    State m_state;
    QString m_status;
    QString m_error;
};

} // namespace c1
