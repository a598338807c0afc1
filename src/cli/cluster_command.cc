// PLACEHOLDER until its owner lands it this session: `corroborate cluster`.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace corroborate::cli {

Command AddClusterCommand(CLI::App& app) {
  app.add_subcommand("cluster", "Group articles into events and stories (not built yet)");
  return [] {
    std::fprintf(stderr, "corroborate: 'cluster' is not built yet\n");
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
