#include "demofixture.h"

#include "activitydetailsview.h"
#include "reportexecutiondialog.h"
#include "returndialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

using namespace core;

/// Records every link the program asks the desktop to open.
class OpenedLinks : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

/// A stored evidence link is someone else's text: whatever it holds, the details pane and the
/// dialogs show and open nothing but http and https addresses.
class TestEvidenceLinks : public QObject
{
    Q_OBJECT

    std::unique_ptr<demo::Fixture> m_fixture;
    RoadmapSnapshot m_snapshot;
    Obligation m_obligation;
    OpenedLinks m_opened;

    static QStringList hostileLinks()
    {
        return {QStringLiteral("https://example.org/'href='file:///etc/passwd"),
                QStringLiteral("https://example.org/' href='smb://host/x.exe"),
                QStringLiteral("https://example.org/\" href=\"file:///etc/passwd"),
                QStringLiteral("file:///etc/passwd"),
                QStringLiteral("smb://host/x.exe"),
                QStringLiteral("javascript:alert(1)"),
                QStringLiteral("https:///no-host")};
    }

    static bool isWeb(const QUrl &url)
    {
        return (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
    }

    /// The targets of every link in the document, with their places.
    static QList<std::pair<QString, int>> anchors(const QTextDocument *document)
    {
        QList<std::pair<QString, int>> found;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor() && !format.anchorHref().isEmpty())
                    found.append({format.anchorHref(), it.fragment().position() + it.fragment().length() / 2});
            }
        }
        return found;
    }

    AuditEvent reportEvent(const QString &url) const
    {
        AuditEvent event;
        event.id = 1;
        event.at = QDateTime(QDate(2021, 6, 2), QTime(10, 0), Qt::UTC);
        event.login = QStringLiteral("econ.head");
        event.action = QStringLiteral("report_execution");
        event.after = QJsonObject{{QStringLiteral("done_date"), QStringLiteral("2021-06-01")},
                                  {QStringLiteral("evidence_url"), url},
                                  {QStringLiteral("comment"), QStringLiteral("Опубликовано")}};
        return event;
    }

    void clickAt(ui::ActivityDetailsView &view, int position)
    {
        QTextCursor cursor(view.document());
        cursor.setPosition(position);
        view.setTextCursor(cursor);
        view.ensureCursorVisible();
        const QPoint point = view.cursorRect(cursor).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const char *scheme : {"http", "https", "file", "smb", "javascript"})
            QDesktopServices::setUrlHandler(QLatin1String(scheme), &m_opened, "open");
        m_fixture = std::make_unique<demo::Fixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error.message));
        m_snapshot = m_fixture->snapshot();
        QVERIFY(!m_snapshot.obligations().isEmpty());
        m_obligation = m_snapshot.obligations().first();
    }

    void init() { m_opened.urls.clear(); }

    void detailsPane_data()
    {
        QTest::addColumn<QString>("url");
        for (const QString &url : hostileLinks())
            QTest::newRow(qPrintable(url)) << url;
    }

    void detailsPane()
    {
        QFETCH(QString, url);
        const ui::RoadmapDataPtr data = ui::RoadmapData::evaluate(m_snapshot, QDate(2021, 6, 30));
        ui::ActivityDetailsView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const ObligationKey key = m_obligation.key;
        view.showActivity(*data, key.activity, key, {{key, {reportEvent(url)}}});

        const QString html = view.toHtml();
        for (const char *scheme : {"file:", "smb:", "javascript:"})
            QVERIFY2(!html.contains(QStringLiteral("href=\"") + QLatin1String(scheme), Qt::CaseInsensitive), qPrintable(html));
        const QList<std::pair<QString, int>> links = anchors(view.document());
        for (const auto &[href, position] : links)
            QVERIFY2(isWeb(QUrl(href)), qPrintable(href));
        // What is not a web address is still there, as text.
        if (!isWeb(QUrl(url, QUrl::StrictMode)))
            QVERIFY2(view.toPlainText().contains(url), qPrintable(view.toPlainText()));

        for (const auto &[href, position] : links)
            clickAt(view, position);
        for (const QUrl &opened : std::as_const(m_opened.urls))
            QVERIFY2(isWeb(opened), qPrintable(opened.toString()));
    }

    void detailsPaneOpensWebLinks()
    {
        const ui::RoadmapDataPtr data = ui::RoadmapData::evaluate(m_snapshot, QDate(2021, 6, 30));
        ui::ActivityDetailsView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const ObligationKey key = m_obligation.key;
        view.showActivity(*data, key.activity, key, {{key, {reportEvent(QStringLiteral("https://kachkanar.ru/docs/1?a=1&b=2"))}}});
        const QList<std::pair<QString, int>> links = anchors(view.document());
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first, QStringLiteral("https://kachkanar.ru/docs/1?a=1&b=2"));
        clickAt(view, links.first().second);
        QTRY_COMPARE(m_opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://kachkanar.ru/docs/1?a=1&b=2"))});
    }

    void returnDialog_data() { detailsPane_data(); }

    void returnDialog()
    {
        QFETCH(QString, url);
        ExecutionReport report;
        report.key = m_obligation.key;
        report.doneDate = QDate(2021, 6, 1);
        report.evidenceUrl = url;
        report.reportedBy = QStringLiteral("econ.head");
        report.reportedAt = QDateTime(QDate(2021, 6, 2), QTime(10, 0), Qt::UTC);
        ui::ReturnDialog dialog(m_snapshot.roadmap, m_obligation, report);
        dialog.show();
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("evidenceLink"));
        QVERIFY(label);
        if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text())) {
            QTextDocument document;
            document.setHtml(label->text());
            for (const auto &[href, position] : anchors(&document))
                QVERIFY2(isWeb(QUrl(href)), qPrintable(label->text()));
        }
        QVERIFY(label->text().contains(url.toHtmlEscaped()) || label->text().contains(url));
        // Whatever the label hands on is checked again before it is opened.
        emit label->linkActivated(QStringLiteral("file:///etc/passwd"));
        emit label->linkActivated(QStringLiteral("smb://host/x.exe"));
        QVERIFY2(m_opened.urls.isEmpty(), qPrintable(m_opened.urls.value(0).toString()));
    }

    void reportDialogOpensOnlyWebLinks_data() { detailsPane_data(); }

    void reportDialogOpensOnlyWebLinks()
    {
        QFETCH(QString, url);
        ExecutionReport previous;
        previous.key = m_obligation.key;
        previous.doneDate = QDate(2021, 6, 1);
        previous.evidenceUrl = url;
        ui::ReportExecutionDialog dialog(m_snapshot.roadmap, m_obligation, QDate(2021, 6, 30));
        dialog.setPreviousReport(previous);
        dialog.show();
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openEvidenceButton"));
        QVERIFY(open);
        open->click(); // a disabled button ignores it; an enabled one must check again
        for (const QUrl &opened : std::as_const(m_opened.urls))
            QVERIFY2(isWeb(opened), qPrintable(opened.toString()));
    }
};

QTEST_MAIN(TestEvidenceLinks)
#include "tst_evidencelinks.moc"
