# One place for compiler flags and Qt macros: every target of the project links virtdeck_options.
add_library(virtdeck_options INTERFACE)
target_compile_options(virtdeck_options INTERFACE -Wall -Wextra -Wpedantic)
if("$ENV{CI}" STREQUAL "true")
    target_compile_options(virtdeck_options INTERFACE -Werror)
endif()
target_compile_definitions(virtdeck_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VIRTDECK_VERSION="${PROJECT_VERSION}")
if(VIRTDECK_SANITIZE)
    target_compile_options(virtdeck_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
    target_link_options(virtdeck_options INTERFACE -fsanitize=address,undefined)
endif()

# With Ninja, CMake 3.25 reruns moc only for headers it already knew: a header added to a target later
# (a new QObject class) is not moc'ed until its autogen timestamp is stale. Listing the target's headers
# as autogen dependencies makes every configure that adds one rerun moc for the target.
function(virtdeck_track_moc_headers target)
    get_target_property(sources ${target} SOURCES)
    set(headers "")
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.h$")
            list(APPEND headers "${source}")
        endif()
    endforeach()
    set_property(TARGET ${target} APPEND PROPERTY AUTOGEN_TARGET_DEPENDS ${headers})
endfunction()
