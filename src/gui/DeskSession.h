#pragma once

#include "core/session/Workplace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace PayDesk {

class MainWindow;

// The active profile's Desk and the window on it. Switching profile opens the other desk through the
// Workplace and replaces both, window and desk: everything that depends on the desk (the model, the
// sidebar's saved views, the reminder, the actions' labels, the title and the status bar) is built
// afresh by MainWindow's constructor, so nothing can keep reading the old profile.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    using SandboxOpener = std::function<DeskOpening(QString* error)>;
    DeskSession(Workplace* workplace, SandboxOpener sandbox, DeskOptions options = {}, QObject* parent = nullptr);
    ~DeskSession() override;

    // Opens the profile NAME, or the sandbox; on failure the current window stays and says why. A team
    // profile opens once its secrets are read from the keychain, a cache to upgrade once it is upgraded
    // (windowChanged), true meaning "asked".
    bool openProfile(const QString& name);
    bool openSandbox();
    // Shows OPENING's desk in a new window that takes the current one's place; false when there is no desk.
    bool show(DeskOpening opening, const QString& error = {});

    MainWindow* window() const { return m_window.get(); }
    Desk* desk() const { return m_desk.get(); }
    QString lastError() const { return m_lastError; }

signals:
    void windowChanged(MainWindow* window);

private:
    bool refuse(const QString& why);
    bool operationsOpen() const;

    Workplace* m_workplace;
    SandboxOpener m_sandbox;
    DeskOptions m_options;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastError;
};

} // namespace PayDesk
