#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace c1 {

// Icons by node kind and the look of the tree's status rows ("Loading…" and "Load more…" in italics, errors in
// the theme's negative colour). The model stays free of QtGui.
class BrowserItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit BrowserItemDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    std::array<QIcon, 8> m_icons;
};

} // namespace c1
