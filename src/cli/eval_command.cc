// PLACEHOLDER until its owner lands it this session: `corroborate eval`.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace corroborate::cli {

Command AddEvalCommand(CLI::App& app) {
  app.add_subcommand("eval", "Evaluate a model or an account (not built yet)");
  return [] {
    std::fprintf(stderr, "corroborate: 'eval' is not built yet\n");
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
