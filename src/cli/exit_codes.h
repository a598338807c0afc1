// Exit codes of the corroborate command (documented in README.md and `--help`).
#pragma once

namespace corroborate::cli {

inline constexpr int kExitOk = 0;        // done (inputs that could not be read are reported)
inline constexpr int kExitUsage = 1;     // bad command line
inline constexpr int kExitNoInput = 2;   // no input yielded a single article
inline constexpr int kExitOutput = 3;    // the results could not be written
inline constexpr int kExitProblems = 4;  // --strict and at least one input was skipped

}  // namespace corroborate::cli
