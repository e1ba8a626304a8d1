#include "importdialog.h"
#include "importpreviewmodel.h"
#include "roadmapdocumentimporter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

QString plan(const QString &name)
{
    return QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/plans/") + name;
}

/// The column combo whose role is `role`, or null.
QComboBox *columnWithRole(ui::ImportDialog &dialog, core::ColumnRole role)
{
    for (int i = 0; i < dialog.result().columns.size(); ++i) {
        if (dialog.result().columns.at(i).role == role)
            return dialog.findChild<QComboBox *>(QStringLiteral("columnRole%1").arg(i));
    }
    return nullptr;
}

bool waitForRead(ui::ImportDialog &dialog)
{
    QSignalSpy read(&dialog, &ui::ImportDialog::readFinished);
    return !dialog.isReading() || read.wait(30000);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void previewModelTree()
    {
        const core::RoadmapImportResult result = core::RoadmapDocumentImporter().importFile(plan(QStringLiteral("seed-kachkanar.docx")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        ui::ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoadmap(result.roadmap);
        QCOMPARE(model.rowCount(), 9);
        int activities = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex section = model.index(row, 0);
            QCOMPARE(section.data(ui::ImportPreviewModel::PrincipleRole).toInt(), row + 1);
            QVERIFY(section.data(ui::ImportPreviewModel::ActivityNumberRole).toString().isEmpty());
            activities += model.rowCount(section);
        }
        QCOMPARE(activities, 47);
        QCOMPARE(model.activityCount(), 47);

        // 1.7 is printed in principle 2's rows and belongs to principle 1.
        const QModelIndex seven = model.activityIndex(QStringLiteral("1.7"));
        QVERIFY(seven.isValid());
        QCOMPARE(seven.parent().row(), 0);
        QCOMPARE(seven.data(ui::ImportPreviewModel::PrincipleRole).toInt(), 1);
        const QString rule = seven.siblingAtColumn(ui::ImportPreviewModel::RuleColumn).data().toString();
        QVERIFY(!rule.isEmpty());

        int review = 0;
        for (const core::Activity &activity : result.roadmap.activities) {
            const QModelIndex index = model.activityIndex(activity.number);
            QCOMPARE(index.data(ui::ImportPreviewModel::NeedsReviewRole).toBool(), activity.rule.needsReview());
            if (activity.rule.needsReview()) {
                ++review;
                QVERIFY(index.data(Qt::BackgroundRole).isValid());
                QVERIFY(index.siblingAtColumn(ui::ImportPreviewModel::RuleColumn)
                            .data(Qt::ToolTipRole).toString().contains(activity.rule.reviewReason));
            }
        }
        QCOMPARE(model.reviewCount(), review);

        // A plan without sections: activities at the top level.
        core::Roadmap flat;
        flat.activities = {core::Activity{QStringLiteral("1"), 0, QStringLiteral("Провести"), QStringLiteral("2019 год"), {}, {}, {}, {}},
                           core::Activity{QStringLiteral("2"), 0, QStringLiteral("Разместить"), QStringLiteral("постоянно"), {}, {}, {}, {}}};
        model.setRoadmap(flat);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.activityIndex(QStringLiteral("2")).row(), 1);
    }

    void readsThePlan()
    {
        ui::ImportDialog dialog(plan(QStringLiteral("seed-kachkanar.docx")));
        dialog.show();
        QVERIFY(waitForRead(dialog));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error));
        QCOMPARE(dialog.previewModel()->activityCount(), 47);
        QCOMPARE(dialog.findChild<QTreeView *>(QStringLiteral("previewView"))->model()->rowCount(), 9);
        QCOMPARE(dialog.result().format, QStringLiteral("docx"));

        // One combo per column, showing what the column was read as.
        QVERIFY(!dialog.result().columns.isEmpty());
        for (int i = 0; i < dialog.result().columns.size(); ++i) {
            auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("columnRole%1").arg(i));
            QVERIFY(combo);
            QCOMPARE(combo->currentText(), core::columnRoleName(dialog.result().columns.at(i).role));
        }
        QVERIFY(columnWithRole(dialog, core::ColumnRole::Activity));
        QVERIFY(columnWithRole(dialog, core::ColumnRole::Deadline));

        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), dialog.result().roadmap.title);
        const QString act = dialog.findChild<QLabel *>(QStringLiteral("actLabel"))->text();
        QVERIFY2(act.contains(QStringLiteral("253")) && act.contains(QStringLiteral("16.03.2018")), qPrintable(act));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

        // The person's corrections go into the roadmap to store.
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Openness roadmap"));
        QCOMPARE(dialog.roadmap().title, QStringLiteral("Openness roadmap"));
        QCOMPARE(dialog.roadmap().sourceName, QStringLiteral("seed-kachkanar.docx"));
        QCOMPARE(dialog.roadmap().activities.size(), 47);
    }

    void changingAColumnRoleReadsAgain()
    {
        ui::ImportDialog dialog(plan(QStringLiteral("seed-kachkanar.docx")));
        dialog.show();
        QVERIFY(waitForRead(dialog));
        QComboBox *deadline = columnWithRole(dialog, core::ColumnRole::Deadline);
        QVERIFY(deadline);
        const QString name = deadline->objectName();
        QVERIFY(!dialog.result().roadmap.activities.first().deadlineText.isEmpty());

        QSignalSpy read(&dialog, &ui::ImportDialog::readFinished);
        const int ignored = deadline->findData(int(core::ColumnRole::Ignored));
        deadline->setCurrentIndex(ignored);
        emit deadline->activated(ignored);
        QVERIFY(dialog.isReading());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("readingIndicator"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(read.wait(30000));

        QVERIFY(!dialog.isReading());
        const int column = name.mid(QStringLiteral("columnRole").size()).toInt();
        QCOMPARE(dialog.result().columns.at(column).role, core::ColumnRole::Ignored);
        QCOMPARE(dialog.findChild<QComboBox *>(name)->currentData().toInt(), int(core::ColumnRole::Ignored));
        for (const core::Activity &activity : dialog.result().roadmap.activities)
            QVERIFY2(activity.deadlineText.isEmpty(), qPrintable(activity.number));
    }

    void anErrorIsShownAndNothingCanBeCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
        file.close();

        ui::ImportDialog dialog(path);
        dialog.show();
        QVERIFY(waitForRead(dialog));
        QVERIFY(!dialog.result().ok());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), dialog.result().error);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
    }

    void theSameActOffersAnUpdate()
    {
        ui::ImportDialog dialog(plan(QStringLiteral("seed-kachkanar.docx")));
        core::Roadmap asked;
        dialog.setTargetLookup([&asked](const core::Roadmap &imported, std::function<void(const ui::ImportTarget &)> done) {
            asked = imported;
            ui::ImportTarget target;
            target.roadmapId = 7;
            target.title = QStringLiteral("Дорожная карта");
            target.changes.addedActivities = {QStringLiteral("9.6")};
            target.changes.changedActivities = {QStringLiteral("1.1"), QStringLiteral("1.2")};
            done(target);
        });
        dialog.show();
        QSignalSpy found(&dialog, &ui::ImportDialog::targetFound);
        QVERIFY(found.wait(30000));
        QCOMPARE(asked.actNumber, QStringLiteral("253"));
        QCOMPARE(dialog.targetRoadmapId(), 7);
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("updateNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("«Дорожная карта»")), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("1 activities added")) || notice->text().contains(QStringLiteral("1 activity added")),
                 qPrintable(notice->text()));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->text(), QStringLiteral("&Update Roadmap"));

        // Enter presses the default button.
        QSignalSpy submitted(&dialog, &ui::FormDialog::submitRequested);
        QTest::keyClick(dialog.findChild<QTreeView *>(QStringLiteral("previewView")), Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
