#include "demofixture.h"

#include "auditlog.h"
#include "executionrepository.h"
#include "extensionrequestworkflow.h"

#include <QTest>

using namespace core;

namespace {

const Actor monitorActor{demo::monitor(), {}};
const Actor economyHead{QStringLiteral("econ.head"), {}};

} // namespace

class TestExtensionRequestWorkflow : public QObject
{
    Q_OBJECT

private:
    /// An obligation of the economy department.
    static Obligation economyObligation(demo::Fixture &fixture)
    {
        for (const Obligation &obligation : fixture.snapshot().obligations()) {
            if (obligation.key.department == demo::economy())
                return obligation;
        }
        return {};
    }

    static QDate currentDue(demo::Fixture &fixture, const Obligation &obligation)
    {
        QDate due = obligation.legalDue;
        for (const Extension &extension : ExecutionRepository(fixture.db).extensions(fixture.roadmapId, obligation.key))
            due = std::max(due, extension.newDue);
        return due;
    }

private slots:
    void requestIsStoredAndAudited()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const Obligation obligation = economyObligation(fixture);
        QVERIFY(!obligation.key.activity.isEmpty());
        const QDate wanted = currentDue(fixture, obligation).addDays(30);

        ExtensionRequestWorkflow workflow(fixture.db, fixture.clock());
        qint64 id = 0;
        const StorageError error = workflow.request(economyHead, fixture.roadmapId, obligation.key, wanted,
                                                    QStringLiteral("Ждём данные от министерства"), &id);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(id > 0);

        const std::optional<ExtensionRequest> pending = workflow.pending(fixture.roadmapId, obligation.key);
        QVERIFY(pending);
        QCOMPARE(pending->id, id);
        QCOMPARE(pending->requestedDue, wanted);
        QCOMPARE(pending->reason, QStringLiteral("Ждём данные от министерства"));
        QCOMPARE(pending->requestedBy, QStringLiteral("econ.head"));
        QCOMPARE(pending->requestedAt, fixture.now);
        QCOMPARE(pending->state, ExtensionRequest::State::Pending);
        QCOMPARE(pending->version, 1);
        QCOMPARE(workflow.requests(fixture.roadmapId).size(), 1);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());

        // One pending request per obligation.
        const StorageError second = workflow.request(economyHead, fixture.roadmapId, obligation.key, wanted.addDays(5),
                                                     QStringLiteral("ещё раз"));
        QCOMPARE(second.kind, StorageError::Kind::Conflict);
    }

    void requestIsChecked()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const Obligation obligation = economyObligation(fixture);
        const QDate due = currentDue(fixture, obligation);
        ExtensionRequestWorkflow workflow(fixture.db, fixture.clock());

        QCOMPARE(workflow.request(economyHead, fixture.roadmapId, obligation.key, due, QStringLiteral("причина")).kind,
                 StorageError::Kind::InvalidInput);
        QCOMPARE(workflow.request(economyHead, fixture.roadmapId, obligation.key, due.addDays(10), QStringLiteral("  ")).kind,
                 StorageError::Kind::InvalidInput);
        // Another department's head may not ask for this one.
        QCOMPARE(workflow.request({QStringLiteral("finance.head"), {}}, fixture.roadmapId, obligation.key, due.addDays(10),
                                  QStringLiteral("причина"))
                     .kind,
                 StorageError::Kind::NotPermitted);
        ObligationKey unknown = obligation.key;
        unknown.period = QStringLiteral("1999");
        QCOMPARE(workflow.request(economyHead, fixture.roadmapId, unknown, due.addDays(10), QStringLiteral("причина")).kind,
                 StorageError::Kind::InvalidInput);
        QVERIFY(workflow.requests(fixture.roadmapId).isEmpty());
    }

    void grantCreatesTheExtension()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const Obligation obligation = economyObligation(fixture);
        const QDate wanted = currentDue(fixture, obligation).addDays(30);
        ExtensionRequestWorkflow workflow(fixture.db, fixture.clock());
        qint64 id = 0;
        QVERIFY(!workflow.request(economyHead, fixture.roadmapId, obligation.key, wanted, QStringLiteral("нужно время"), &id));
        const int extensionsBefore = int(ExecutionRepository(fixture.db).extensions(fixture.roadmapId, obligation.key).size());

        // Only the monitor decides, and only on the version seen.
        QCOMPARE(workflow.grant(economyHead, id, 1, wanted, QStringLiteral("сам себе")).kind, StorageError::Kind::NotPermitted);
        QCOMPARE(workflow.grant(monitorActor, id, 7, wanted, QStringLiteral("согласовано")).kind, StorageError::Kind::Conflict);
        QCOMPARE(ExecutionRepository(fixture.db).extensions(fixture.roadmapId, obligation.key).size(), extensionsBefore);

        fixture.now = fixture.now.addSecs(3600);
        const StorageError error = workflow.grant(monitorActor, id, 1, wanted.addDays(-5), QStringLiteral("согласовано"));
        QVERIFY2(!error, qPrintable(error.message));
        const QList<Extension> extensions = ExecutionRepository(fixture.db).extensions(fixture.roadmapId, obligation.key);
        QCOMPARE(extensions.size(), extensionsBefore + 1);
        QCOMPARE(extensions.last().newDue, wanted.addDays(-5));
        QCOMPARE(extensions.last().reason, QStringLiteral("согласовано"));
        QCOMPARE(extensions.last().grantedBy, demo::monitor());

        const std::optional<ExtensionRequest> decided = workflow.requestById(id);
        QVERIFY(decided);
        QCOMPARE(decided->state, ExtensionRequest::State::Granted);
        QCOMPARE(decided->decidedBy, demo::monitor());
        QCOMPARE(decided->decidedAt, fixture.now);
        QCOMPARE(decided->version, 2);
        QVERIFY(!workflow.pending(fixture.roadmapId, obligation.key));
        QCOMPARE(workflow.grant(monitorActor, id, 2, wanted, QStringLiteral("ещё раз")).kind, StorageError::Kind::Conflict);
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }

    void declineKeepsTheDueDate()
    {
        demo::Fixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error.message));
        const Obligation obligation = economyObligation(fixture);
        const QDate due = currentDue(fixture, obligation);
        ExtensionRequestWorkflow workflow(fixture.db, fixture.clock());
        qint64 id = 0;
        QVERIFY(!workflow.request(economyHead, fixture.roadmapId, obligation.key, due.addDays(20), QStringLiteral("причина"), &id));

        QCOMPARE(workflow.decline(monitorActor, id, 1, QString()).kind, StorageError::Kind::InvalidInput);
        const StorageError error = workflow.decline(monitorActor, id, 1, QStringLiteral("срок не переносится"));
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(workflow.requestById(id)->state, ExtensionRequest::State::Declined);
        QCOMPARE(workflow.requestById(id)->decisionComment, QStringLiteral("срок не переносится"));
        QCOMPARE(currentDue(fixture, obligation), due);
        // Declined: the department may ask again.
        QVERIFY(!workflow.request(economyHead, fixture.roadmapId, obligation.key, due.addDays(10), QStringLiteral("снова")));
        QCOMPARE(AuditLog(fixture.db).verify(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExtensionRequestWorkflow)
#include "tst_extensionrequestworkflow.moc"
