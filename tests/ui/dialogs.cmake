# Dialogs, editors and the dashboard, and the core workflows they write through.
set(ROADMAP_DEMO_FIXTURE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/../core/storage)

roadmap_add_test(tst_extensionrequestworkflow SOURCES ../core/storage/tst_extensionrequestworkflow.cpp LIBRARIES roadmap_core)
roadmap_add_test(tst_roadmapediting SOURCES ../core/storage/tst_roadmapediting.cpp LIBRARIES roadmap_core)

foreach(name IN ITEMS tst_reportexecutiondialog tst_extensiondialogs tst_roadmapeditor tst_calendareditor tst_usersdialog)
    roadmap_add_test(${name} SOURCES ${name}.cpp LIBRARIES roadmap_ui_dialogs)
    target_include_directories(${name} PRIVATE ${ROADMAP_DEMO_FIXTURE_DIR})
endforeach()

# The import preview and its model.
roadmap_add_test(tst_importdialog SOURCES tst_importdialog.cpp LIBRARIES roadmap_ui_dialogs roadmap_core)

roadmap_add_test(tst_dashboardwidget SOURCES tst_dashboardwidget.cpp LIBRARIES roadmap_ui_dashboard)
target_include_directories(tst_dashboardwidget PRIVATE ${ROADMAP_DEMO_FIXTURE_DIR})
target_include_directories(tst_roadmapediting PRIVATE ${ROADMAP_DEMO_FIXTURE_DIR})
target_include_directories(tst_extensionrequestworkflow PRIVATE ${ROADMAP_DEMO_FIXTURE_DIR})
