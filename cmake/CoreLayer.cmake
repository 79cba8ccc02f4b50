# ipsecdoctor_core_layer(<name> SOURCES <cpp...> [DEPENDS <layer...>] [POSIX <cpp...>] [WIN32 <cpp...>])
#
# One layer of the Qt-free core (docs/ARCHITECTURE.md): a static library ipsecdoctor_<name>
# (alias ipsecdoctor::<name>) built from the folder core/<name>. Its public headers are
# core/<name>/include/ipsecdoctor/<name>/; the only other headers it can reach are those of the
# layers it DEPENDS on, directly or through them. A lower layer that includes a higher one does
# not compile, which is what keeps the folders free of cycles. POSIX and WIN32 list the sources
# of the layer's own operating-system backends.
function(ipsecdoctor_core_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPENDS;POSIX;WIN32")
    set(target ipsecdoctor_${name})
    set(sources ${arg_SOURCES})
    if(WIN32)
        list(APPEND sources ${arg_WIN32})
    else()
        list(APPEND sources ${arg_POSIX})
    endif()
    add_library(${target} STATIC ${sources})
    add_library(ipsecdoctor::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/include")
    target_link_libraries(${target} PUBLIC ipsecdoctor_settings)
    foreach(layer IN LISTS arg_DEPENDS)
        if(NOT TARGET ipsecdoctor_${layer})
            message(FATAL_ERROR "core layer ${name} depends on ${layer}, which is not declared before it")
        endif()
        target_link_libraries(${target} PUBLIC ipsecdoctor_${layer})
    endforeach()
    set_property(GLOBAL APPEND PROPERTY IPSECDOCTOR_CORE_LAYERS ${target})
endfunction()
