// The main window of Device Restore.
#pragma once

#include <QMainWindow>

namespace dr::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace dr::ui
