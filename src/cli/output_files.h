// Writing result files safely: into a temporary file beside the target, then renamed over it,
// so an interrupted run never leaves a half-written account.json behind.
#pragma once

#include <string>

#include "core/status.h"

namespace corroborate::cli {

Status WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace corroborate::cli
