# Opening, checking, migrating and backing up databases. tst_databasebackends runs its cases on
# PostgreSQL too when ROADMAP_TEST_POSTGRES is set in the environment (scripts/with-postgres.sh sets it).
roadmap_add_test(tst_database SOURCES tst_database.cpp tst_databasesupport.h LIBRARIES roadmap_core Qt6::Sql)
roadmap_add_test(tst_databasebackends SOURCES tst_databasebackends.cpp tst_databasesupport.h LIBRARIES roadmap_core Qt6::Sql)
