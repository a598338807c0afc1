# Every dependency is a Debian 12 package; `make deps` installs them (see Makefile).
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
find_package(simdjson REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ZLIB REQUIRED)  # gzip/deflate: .gz inputs, WARC records, HTTP content-encoding
pkg_check_modules(BROTLIDEC REQUIRED IMPORTED_TARGET libbrotlidec)  # HTTP content-encoding: br

# CLD2 ships no CMake or pkg-config file.
find_path(CLD2_INCLUDE_DIR compact_lang_det.h PATH_SUFFIXES cld2/public REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(cld2 INTERFACE IMPORTED)
target_include_directories(cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(cld2 INTERFACE ${CLD2_LIBRARY})

if(CORROBORATE_TESTS)
  find_package(GTest REQUIRED)
endif()
if(CORROBORATE_BENCH)
  find_package(benchmark QUIET)
endif()
