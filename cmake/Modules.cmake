# corroborate_module(NAME [DEPS...]): a static library from src/NAME/**/*.cc.
# Each pipeline stage is one module; a module links only the modules below it.
function(corroborate_module name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cc)
  set(deps ${ARGN})
  list(TRANSFORM deps REPLACE "^(core|model|html|nlp|ingest|extract|analyze|story|reconcile|render|pipeline)$" "corroborate_\\1")
  if(sources)
    add_library(corroborate_${name} STATIC ${sources})
    target_include_directories(corroborate_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(corroborate_${name} PUBLIC ${deps} Threads::Threads)
  else()  # header-only so far
    add_library(corroborate_${name} INTERFACE)
    target_include_directories(corroborate_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(corroborate_${name} INTERFACE ${deps} Threads::Threads)
  endif()
endfunction()
