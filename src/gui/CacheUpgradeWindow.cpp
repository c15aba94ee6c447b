#include "gui/CacheUpgradeWindow.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace PayDesk {

CacheUpgradeWindow::CacheUpgradeWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(QStringLiteral("PayDesk"));
    setObjectName(QStringLiteral("cacheUpgradeWindow"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Upgrading the order cache"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    auto* text = new QLabel(message(), this);
    text->setObjectName(QStringLiteral("upgradeText"));
    text->setWordWrap(true);
    auto* progress = new QProgressBar(this);
    progress->setRange(0, 0); // how far it is, SQLite does not say
    progress->setTextVisible(false);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(progress);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(12);
    setMinimumWidth(460);
}

QString CacheUpgradeWindow::message()
{
    return tr("This PayDesk keeps its orders more compactly. The cache is converted once, which takes about a minute "
              "per million orders; please leave PayDesk running. If it is stopped, the conversion goes on at the next "
              "start, and nothing is lost.");
}

} // namespace PayDesk
