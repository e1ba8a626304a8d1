#pragma once

// Running the roadmap-tracker executable (ROADMAP_TRACKER_EXE, defined for every test) from a test.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace testrun {

struct Run {
    int exitCode = -1; ///< -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString output() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
    QString text() const { return QString::fromUtf8(out + err); }
};

/// This process's environment with login in USER, LOGNAME and USERNAME, messages in English.
inline QProcessEnvironment environmentOf(const QString &login)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("USER"), QStringLiteral("LOGNAME"), QStringLiteral("USERNAME")})
        environment.insert(name, login);
    environment.insert(QStringLiteral("ROADMAP_TRACKER_LANG"), QStringLiteral("en"));
    return environment;
}

/// Runs roadmap-tracker with arguments in environment and waits for it, at most timeoutMs.
inline Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROADMAP_TRACKER_EXE), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace testrun
