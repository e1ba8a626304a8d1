#include "returndialog.h"

#include "obligationheader.h"
#include "obligationtext.h"
#include "weblink.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace ui {

ReturnDialog::ReturnDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, const core::ExecutionReport &report,
                           QWidget *parent)
    : FormDialog(parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return for rework"));
    setSubmitText(tr("Return"));
    contentLayout()->addWidget(new ObligationHeader(roadmap, obligation, {}, this));

    auto *reported = new QGroupBox(tr("What was reported"), this);
    auto *facts = new QFormLayout(reported);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addFact = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("—") : value, reported);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextBrowserInteraction);
        facts->addRow(label, field);
        return field;
    };
    addFact(tr("Reported by:"), tr("%1 on %2").arg(report.reportedBy, dateText(report.reportedAt.date())));
    if (report.noEvents) {
        addFact(tr("Answer:"), tr("No events this period"));
    } else {
        addFact(tr("Done on:"), dateText(report.doneDate));
        // Only a web address becomes a link; anything else the file holds is shown as text.
        const QUrl web = core::webLink(report.evidenceUrl);
        QLabel *link = addFact(tr("Evidence:"), web.isEmpty() ? report.evidenceUrl
                                                              : QStringLiteral("<a href=\"%1\">%2</a>")
                                                                    .arg(web.toString(QUrl::FullyEncoded).toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;")),
                                                                         report.evidenceUrl.toHtmlEscaped()));
        link->setObjectName(QStringLiteral("evidenceLink"));
        link->setTextFormat(web.isEmpty() ? Qt::PlainText : Qt::RichText);
        link->setOpenExternalLinks(false);
        connect(link, &QLabel::linkActivated, link, [](const QString &target) {
            if (const QUrl url = core::webLink(target); !url.isEmpty())
                QDesktopServices::openUrl(url);
        });
        addFact(tr("Document:"), report.documentRef);
    }
    addFact(tr("Comment:"), report.comment);
    contentLayout()->addWidget(reported);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What is missing or wrong; the department reads this"));
    m_comment->setMinimumHeight(80);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 6 + 14);
    form->addRow(tr("&Why returned:"), m_comment);
    contentLayout()->addLayout(form);
    fitToContents(580);
}

QString ReturnDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString ReturnDialog::validate() const
{
    return comment().isEmpty() ? tr("Say why the report is returned: the department needs to know what to fix.") : QString();
}

} // namespace ui
