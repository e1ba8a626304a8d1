#include "welcomepage.h"

#include "centredpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentTitle(new QLabel(tr("Recent databases"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QVBoxLayout *layout = centredpage::addColumn(this, 560);
    QWidget *column = layout->parentWidget();

    auto *icon = new QLabel(column);
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/128x128/ru.roadmaptracker.RoadmapTracker.png")).scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    centredpage::addTitle(layout, tr("No database yet"), 1.8);

    centredpage::addText(layout, tr("Roadmap Tracker keeps an approved roadmap, the deadlines it sets and what each department "
                                    "reported in one database file that everyone opens from the network share. "
                                    "Create a new one, open the file your colleagues use, or look around in the demo: "
                                    "the openness roadmap of Kachkanar city district for 2018–2020."));

    auto *buttons = new QHBoxLayout;
    auto *demo = new QPushButton(tr("Create the demo database"), column);
    demo->setObjectName(QStringLiteral("createDemoButton"));
    demo->setDefault(true);
    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"), column);
    open->setObjectName(QStringLiteral("openButton"));
    auto *create = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New…"), column);
    create->setObjectName(QStringLiteral("newButton"));
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(open);
    buttons->addWidget(create);
    auto *import = new QPushButton(tr("&Import a Plan…"), column);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Read the approved plan from a Word, OpenDocument, Excel, web page, CSV or text file into a new database"));
    buttons->addWidget(import);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    m_message->hide();
    layout->addWidget(m_message);

    layout->addSpacing(12);
    layout->addWidget(m_recentTitle);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(140);
    layout->addWidget(m_recent);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::createDemoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentTitle->setVisible(!paths.isEmpty());
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace ui
