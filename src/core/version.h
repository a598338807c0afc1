// The program version, defined once in CMakeLists.txt (project VERSION).
#pragma once

#ifndef CORROBORATE_VERSION
#error "CORROBORATE_VERSION must be defined by the build (see CMakeLists.txt)"
#endif

namespace corroborate {

inline constexpr const char* kVersion = CORROBORATE_VERSION;

}  // namespace corroborate
