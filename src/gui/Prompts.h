#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace PayDesk {

// The window's questions to the user (file dialogs, warnings, questions) in one place, so that a
// test can answer them the way KeePassXC's MessageBox::setNextAnswer and fileDialog() do.
namespace Prompts {

QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
QString openFileName(QWidget* parent, const QString& title, const QString& filter);
QString textInput(QWidget* parent, const QString& title, const QString& label, const QString& suggested, bool* ok);
void warning(QWidget* parent, const QString& title, const QString& text);
// Help > About.
void about(QWidget* parent);

// Tests only: the next call answers with this instead of asking (an empty file name: cancelled);
// from then on warnings are recorded, not shown.
void setNextFileName(const QString& path);
void setNextText(const QString& text);
// Tests only: what the last warning said, and forget it.
QString takeLastWarning();

} // namespace Prompts
} // namespace PayDesk
