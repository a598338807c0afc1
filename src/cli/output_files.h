// Writing result files safely: into a temporary file beside the target, then renamed over it,
// so an interrupted run never leaves a half-written account.json behind.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace corroborate::cli {

Status WriteFileAtomically(const std::string& path, const std::string& content);

// Writes text to standard output. On failure (a closed pipe, a full disk) says so on stderr,
// once per run, and returns false: the caller exits with kExitOutput.
bool WriteStdout(std::string_view text);
// Flushes standard output, with the same report on failure.
bool FlushStdout();

}  // namespace corroborate::cli
