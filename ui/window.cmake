# The window arrives with the desktop issue; until then the library only carries the
# widget dependencies so that app links the same way it will later.
add_library(roadmap_ui INTERFACE)
target_link_libraries(roadmap_ui INTERFACE roadmap_core Qt6::Widgets)
