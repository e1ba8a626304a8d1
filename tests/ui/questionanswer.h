#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

namespace uitest {

/// Answers the question a dialog is about to ask (a QMessageBox) with the button labelled
/// answer, and keeps what was asked in *asked.
inline void answerQuestion(const QString &answer, QString *asked)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == answer)
                button->click();
        }
        timer->deleteLater();
    });
    timer->start();
}

} // namespace uitest
