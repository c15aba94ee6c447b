#pragma once

#include <QMainWindow>
#include <QScopedPointer>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace PayDesk {

class GatewayClient;
class OrderTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(GatewayClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrderTableModel *orderModel() const { return m_model; }

public slots:
    void sync();

signals:
    void syncFinished(bool ok);

private:
    QScopedPointer<Ui::MainWindow> m_ui;
    GatewayClient *m_client;
    QString m_profileName;
    OrderTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    bool m_syncing = false;
};

} // namespace PayDesk
