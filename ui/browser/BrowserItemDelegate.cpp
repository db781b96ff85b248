#include "browser/BrowserItemDelegate.h"

#include "models/AppTreeModel.h"

#include <QApplication>
#include <QStyle>

namespace c1 {

using NodeKind = AppTreeModel::NodeKind;

BrowserItemDelegate::BrowserItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
    QStyle* style = QApplication::style();
    m_icons[size_t(NodeKind::App)] = style->standardIcon(QStyle::SP_DesktopIcon);
    m_icons[size_t(NodeKind::ResourceType)] = style->standardIcon(QStyle::SP_DirIcon);
    m_icons[size_t(NodeKind::Resource)] = style->standardIcon(QStyle::SP_FileIcon);
    m_icons[size_t(NodeKind::EntitlementGroup)] = style->standardIcon(QStyle::SP_DirLinkIcon);
    m_icons[size_t(NodeKind::Entitlement)] = style->standardIcon(QStyle::SP_FileLinkIcon);
    m_icons[size_t(NodeKind::Loading)] = style->standardIcon(QStyle::SP_BrowserReload);
    m_icons[size_t(NodeKind::LoadMore)] = style->standardIcon(QStyle::SP_ArrowDown);
    m_icons[size_t(NodeKind::Error)] = style->standardIcon(QStyle::SP_MessageBoxWarning);
}

void BrowserItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant kindValue = index.data(AppTreeModel::KindRole);
    if (!kindValue.isValid())
        return;
    const auto kind = NodeKind(kindValue.toInt());
    if (index.column() == 0 && size_t(kind) < m_icons.size()) {
        option->icon = m_icons[size_t(kind)];
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (!AppTreeModel::isStatusKind(kind))
        return;
    option->font.setItalic(true);
    if (kind == NodeKind::Error) {
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
    } else if (kind == NodeKind::LoadMore) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        option->font.setUnderline(true);
    }
}

} // namespace c1
