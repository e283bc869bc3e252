#include "mainwindow.h"

#include <QLabel>

namespace dr::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Device Restore"));
    setCentralWidget(new QLabel(tr("Device Restore"), this));
}

} // namespace dr::ui
