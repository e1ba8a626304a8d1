# The main window: models and proxies, the window's workflows, and the large-roadmap benchmark.
find_package(Qt6 REQUIRED COMPONENTS Widgets)
roadmap_add_test(tst_roadmapmodels SOURCES tst_roadmapmodels.cpp uitestsupport.h LIBRARIES roadmap_ui Qt6::Widgets)
roadmap_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp uitestsupport.h LIBRARIES roadmap_ui Qt6::Widgets)
# File ▸ Import Roadmap, the empty database and the roadmap chooser.
roadmap_add_test(tst_importwindow SOURCES tst_importwindow.cpp uitestsupport.h LIBRARIES roadmap_ui Qt6::Widgets)
roadmap_add_test(tst_largeroadmap SOURCES tst_largeroadmap.cpp LIBRARIES roadmap_ui Qt6::Widgets)

# Screenshots for the documentation (run under Xvfb by hand; not a test).
qt_add_executable(windowscreenshots EXCLUDE_FROM_ALL windowscreenshots.cpp)
target_link_libraries(windowscreenshots PRIVATE roadmap_ui Qt6::Widgets Qt6::Test)
qt_add_executable(importscreenshots EXCLUDE_FROM_ALL importscreenshots.cpp)
target_link_libraries(importscreenshots PRIVATE roadmap_ui Qt6::Widgets Qt6::Test)

# File ▸ Status Report, against the command line's output.
roadmap_add_test(tst_reportdialog SOURCES tst_reportdialog.cpp uitestsupport.h LIBRARIES roadmap_ui Qt6::Widgets)
add_dependencies(tst_reportdialog roadmap-tracker)

# Evidence links from the database, shown and opened: only web addresses.
roadmap_add_test(tst_evidencelinks SOURCES tst_evidencelinks.cpp LIBRARIES roadmap_ui Qt6::Widgets)
target_include_directories(tst_evidencelinks PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../core/storage)

# The details pane: history as known on the as-of date.
roadmap_add_test(tst_activitydetailsview SOURCES tst_activitydetailsview.cpp LIBRARIES roadmap_ui Qt6::Widgets)
target_include_directories(tst_activitydetailsview PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../core/storage)
