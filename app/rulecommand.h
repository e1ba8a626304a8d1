#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace app {

/// `rule`: lists the activities whose deadline wording needs review or whose rule was set by
/// hand, shows one, or sets (or clears) an activity's rule by hand (monitors).
QList<QCommandLineOption> ruleCommandOptions();
int runRule(const QCommandLineParser &parser);

} // namespace app
