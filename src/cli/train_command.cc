// PLACEHOLDER until its owner lands it this session: `corroborate train`.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace corroborate::cli {

Command AddTrainCommand(CLI::App& app) {
  app.add_subcommand("train", "Train an NLP model (not built yet)");
  return [] {
    std::fprintf(stderr, "corroborate: 'train' is not built yet\n");
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
