# Workflows, permissions, the audit trail, several processes writing one file, and the database
# commands of the command line.
roadmap_add_test(tst_executionworkflow SOURCES tst_executionworkflow.cpp workflowfixture.h LIBRARIES roadmap_core)
roadmap_add_test(tst_administration SOURCES tst_administration.cpp workflowfixture.h LIBRARIES roadmap_core)
roadmap_add_test(tst_auditlog SOURCES tst_auditlog.cpp workflowfixture.h LIBRARIES roadmap_core)
roadmap_add_test(tst_roadmapupdate SOURCES tst_roadmapupdate.cpp workflowfixture.h LIBRARIES roadmap_core)

# A writer process for tst_concurrentwriters: reports obligations, one transaction each, and prints
# every committed one on stdout.
qt_add_executable(storagewriter storagewriter.cpp)
target_link_libraries(storagewriter PRIVATE roadmap_core)

roadmap_add_test(tst_concurrentwriters SOURCES tst_concurrentwriters.cpp workflowfixture.h LIBRARIES roadmap_core)
target_compile_definitions(tst_concurrentwriters PRIVATE ROADMAP_STORAGE_WRITER_EXE="$<TARGET_FILE:storagewriter>")
add_dependencies(tst_concurrentwriters storagewriter)

roadmap_add_test(tst_databasecommands SOURCES ../../app/tst_databasecommands.cpp LIBRARIES roadmap_core)
add_dependencies(tst_databasecommands roadmap-tracker)
