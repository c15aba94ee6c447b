#include "gui/SyncBanner.h"

#include "core/i18n/UiLanguage.h"
#include "core/model/TimeLeft.h"
#include "core/session/AutoSync.h"
#include "core/session/Desk.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"
#include "gui/UrgencyColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>

namespace PayDesk {

SyncBanner::SyncBanner(Desk* desk, AutoSync* autoSync, QWidget* parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_autoSync(autoSync)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("syncBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // a strip over the views, never their space
    QPalette warning = palette();
    const QColor due = UrgencyColors::due();
    warning.setColor(QPalette::Window, QColor(due.red(), due.green(), due.blue(), 40));
    setPalette(warning);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("retrySyncButton"));
    LanguageChange::follow(this, this, [this, retry] {
        retry->setText(tr("&Retry"));
        refresh();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, &SyncBanner::retryRequested);
    connect(desk, &Desk::syncFinished, this, &SyncBanner::refresh);
    connect(autoSync, &AutoSync::ticked, this, &SyncBanner::refresh);
    refresh();
}

void SyncBanner::refresh()
{
    const bool show = m_autoSync->needsAttention();
    if (show)
        m_label->setText(describe());
    setVisible(show);
}

QString SyncBanner::text() const
{
    return m_label->text();
}

QSize SyncBanner::sizeHint() const
{
    const QSize hint = QFrame::sizeHint();
    return width() > 0 ? QSize(hint.width(), heightForWidth(width())) : hint;
}

void SyncBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

QString SyncBanner::describe() const
{
    const SyncState state = m_desk->syncState();
    const QDateTime now = Clock::nowUtc();
    const QString lastGood =
        state.syncedAt.isValid()
            ? tr("last good sync %1 (%2)")
                  .arg(TimeLeft::ago(state.syncedAt, now),
                       UiLanguage::locale().toString(state.syncedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("no good sync yet");
    const QString profile = m_desk->profileName().toHtmlEscaped();
    if (!state.lastError.isEmpty())
        return tr("<b>Sync of %1 failed:</b> %2 — the orders shown may be out of date; %3.")
            .arg(profile, state.lastError.toHtmlEscaped(), lastGood);
    return tr("<b>The orders of %1 are out of date:</b> %2.").arg(profile, lastGood);
}

} // namespace PayDesk
