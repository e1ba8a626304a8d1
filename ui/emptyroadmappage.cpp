#include "emptyroadmappage.h"

#include "centredpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

EmptyRoadmapPage::EmptyRoadmapPage(QWidget *parent)
    : QWidget(parent)
    , m_import(new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import the Approved Plan…"), this))
    , m_startEmpty(new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&Start an Empty Roadmap…"), this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyRoadmapPage"));
    QVBoxLayout *layout = centredpage::addColumn(this, 620);
    centredpage::addTitle(layout, tr("This database holds no roadmap yet"), 1.6);
    centredpage::addText(layout, tr("Import the plan as the administration approved it — a Word, OpenDocument, Excel, web page, "
                                    "CSV or text file — and check what was read before it is stored. Or start an empty "
                                    "roadmap with the approving act and its period, and type the principles and activities "
                                    "in the roadmap editor. You can also drop the plan's file onto this window."));

    m_import->setObjectName(QStringLiteral("importPlanButton"));
    m_import->setDefault(true);
    m_startEmpty->setObjectName(QStringLiteral("startEmptyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_startEmpty);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->setStyleSheet(QStringLiteral("color:#8a1c13;"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    connect(m_import, &QPushButton::clicked, this, &EmptyRoadmapPage::importRequested);
    connect(m_startEmpty, &QPushButton::clicked, this, &EmptyRoadmapPage::startEmptyRequested);
}

void EmptyRoadmapPage::setRefusal(const QString &refusal)
{
    const QString why = refusal.isEmpty() ? QString() : tr("Only the monitor adds a roadmap: %1. Ask the organisational department to import the plan.").arg(refusal);
    for (QPushButton *button : {m_import, m_startEmpty}) {
        button->setEnabled(refusal.isEmpty());
        button->setToolTip(why);
    }
    m_refusal->setText(why);
    m_refusal->setVisible(!why.isEmpty());
}

} // namespace ui
