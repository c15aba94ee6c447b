#include "gui/Prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace PayDesk::Prompts {

namespace {
std::optional<QString> nextFileName;
std::optional<QString> nextText;
QString lastWarning;
bool scripted = false;
} // namespace

QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString textInput(QWidget* parent, const QString& title, const QString& label, const QString& suggested, bool* ok)
{
    if (nextText) {
        *ok = true;
        return *std::exchange(nextText, std::nullopt);
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, ok);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    lastWarning = text;
    if (!scripted)
        QMessageBox::warning(parent, title, text);
}

void setNextFileName(const QString& path)
{
    scripted = true;
    nextFileName = path;
}

void setNextText(const QString& text)
{
    scripted = true;
    nextText = text;
}

QString takeLastWarning()
{
    return std::exchange(lastWarning, QString());
}

void about(QWidget* parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("PayDesk::MainWindow", "About PayDesk"),
                       QCoreApplication::translate("PayDesk::MainWindow",
                                                   "<h3>PayDesk %1</h3><p>The back office for card "
                                                   "payments through RBS and Assist gateways.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace PayDesk::Prompts
