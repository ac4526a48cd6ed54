# twinmap_embed_files(TARGET <lib> NAMESPACE <ns> FILES <path>...)
#
# Keeps data apart from code while the binary needs no data path at run time:
# each file becomes `std::string_view <ns>::k<Stem>` (the stem in CamelCase,
# e.g. rules/langid/fr_stopwords.txt -> kFrStopwords) in a generated source
# added to <lib>, declared in the generated header
# <build>/generated/<lib>/embedded_data.h (include it as "<lib>/embedded_data.h").
# The build regenerates both when a file changes.
function(twinmap_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out_dir ${PROJECT_BINARY_DIR}/generated/${ARG_TARGET})
  set(out_cc ${out_dir}/embedded_data.cc)
  set(out_h ${out_dir}/embedded_data.h)
  add_custom_command(
    OUTPUT ${out_cc} ${out_h}
    COMMAND ${CMAKE_COMMAND} -DOUT_CC=${out_cc} -DOUT_H=${out_h}
            -DNAMESPACE=${ARG_NAMESPACE} -DTARGET=${ARG_TARGET}
            "-DFILES=${ARG_FILES}"
            -P ${PROJECT_SOURCE_DIR}/cmake/TwinmapEmbedScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/TwinmapEmbedScript.cmake
    COMMENT "Embedding data files into ${ARG_TARGET}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${out_cc})
  target_include_directories(${ARG_TARGET} PUBLIC ${PROJECT_BINARY_DIR}/generated)
endfunction()
