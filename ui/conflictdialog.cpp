#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

namespace {

QGroupBox *versionBox(const QString &title, const QString &html, const QString &objectName, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    auto *text = new QTextBrowser(box);
    text->setObjectName(objectName);
    text->setHtml(html);
    text->setOpenExternalLinks(true);
    layout->addWidget(text);
    return box;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &explanation, const QString &mine, const QString &theirs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this first"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *label = new QLabel(explanation, this);
    label->setObjectName(QStringLiteral("conflictExplanation"));
    label->setWordWrap(true);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(label, 1);
    layout->addLayout(top);

    auto *versions = new QHBoxLayout;
    versions->addWidget(versionBox(tr("Yours (not saved)"), mine, QStringLiteral("mineView"), this));
    versions->addWidget(versionBox(tr("Theirs (saved now)"), theirs, QStringLiteral("theirsView"), this));
    layout->addLayout(versions, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton *take = buttons->addButton(tr("Discard mine, keep theirs"), QDialogButtonBox::RejectRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    take->setDefault(true);
    layout->addWidget(buttons);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        reject();
    });
}

} // namespace ui
