// PLACEHOLDER until its owner lands it this session: `corroborate annotate`.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace corroborate::cli {

Command AddAnnotateCommand(CLI::App& app) {
  app.add_subcommand("annotate", "Print annotated documents as JSON lines (not built yet)");
  return [] {
    std::fprintf(stderr, "corroborate: 'annotate' is not built yet\n");
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
