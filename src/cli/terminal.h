// Terminal output shared by the commands: problems as one line each on stderr, and a progress
// line that redraws in place when stderr is a terminal (silent otherwise, so logs stay clean).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/account.h"

namespace corroborate::cli {

void PrintProblems(const std::vector<InputProblem>& problems);

// A thread-safe progress callback for PipelineOptions::progress; a no-op when stderr is not a
// terminal or quiet is set. Call FinishProgress() before printing anything else.
std::function<void(const char*, size_t, size_t)> MakeProgress(bool quiet);
void FinishProgress();

}  // namespace corroborate::cli
