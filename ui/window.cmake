# The main window, its models and views: roadmap_ui.
find_package(Qt6 REQUIRED COMPONENTS Widgets Concurrent)

qt_add_library(roadmap_ui STATIC
    activitydetailsview.cpp activitydetailsview.h
    applicationicon.cpp applicationicon.h
    appsettings.cpp appsettings.h
    conflictdialog.cpp conflictdialog.h
    centredpage.cpp centredpage.h
    emptyroadmappage.cpp emptyroadmappage.h
    displayformat.cpp displayformat.h
    mainwindow.cpp mainwindow.h
    messagebanner.cpp messagebanner.h
    obligationlistmodel.cpp obligationlistmodel.h
    obligationlistproxy.cpp obligationlistproxy.h
    roadmapdata.cpp roadmapdata.h
    roadmapfilter.h
    roadmapfilterbar.cpp roadmapfilterbar.h
    roadmapfilterproxy.cpp roadmapfilterproxy.h
    roadmapstore.cpp roadmapstore.h
    roadmaptree.cpp roadmaptree.h
    roadmaptreemodel.cpp roadmaptreemodel.h
    statusstyle.cpp statusstyle.h
    welcomepage.cpp welcomepage.h
)
target_include_directories(roadmap_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(roadmap_ui PUBLIC roadmap_core Qt6::Widgets PRIVATE Qt6::Concurrent)

# The dialogs and the dashboard are built by their own folders; the window uses them when they
# are there and leaves their actions disabled otherwise. Reports are always there.
if(TARGET roadmap_ui_dialogs)
    target_link_libraries(roadmap_ui PUBLIC roadmap_ui_dialogs)
    target_compile_definitions(roadmap_ui PRIVATE ROADMAP_HAVE_UI_DIALOGS)
endif()
if(TARGET roadmap_ui_dashboard)
    target_link_libraries(roadmap_ui PUBLIC roadmap_ui_dashboard)
    target_compile_definitions(roadmap_ui PRIVATE ROADMAP_HAVE_UI_DASHBOARD)
endif()
target_link_libraries(roadmap_ui PUBLIC roadmap_report_ui)

set(roadmap_icon_dir "${PROJECT_SOURCE_DIR}/packaging/icons")
qt_add_resources(roadmap_ui roadmap_ui_icons
    PREFIX "/icons"
    BASE "${roadmap_icon_dir}"
    FILES
        "${roadmap_icon_dir}/ru.roadmaptracker.RoadmapTracker.svg"
        "${roadmap_icon_dir}/16x16/ru.roadmaptracker.RoadmapTracker.png"
        "${roadmap_icon_dir}/32x32/ru.roadmaptracker.RoadmapTracker.png"
        "${roadmap_icon_dir}/48x48/ru.roadmaptracker.RoadmapTracker.png"
        "${roadmap_icon_dir}/64x64/ru.roadmaptracker.RoadmapTracker.png"
        "${roadmap_icon_dir}/128x128/ru.roadmaptracker.RoadmapTracker.png"
        "${roadmap_icon_dir}/256x256/ru.roadmaptracker.RoadmapTracker.png"
)
