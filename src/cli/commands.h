// The subcommands of `corroborate`, one file each. Each registers its options on the CLI11 app
// and returns the function that runs it (returning the process exit code).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace corroborate::cli {

using Command = std::function<int()>;

Command AddBriefCommand(CLI::App& app);
Command AddExtractCommand(CLI::App& app);
Command AddClusterCommand(CLI::App& app);   // cluster_command.cc (story clustering)
Command AddTrainCommand(CLI::App& app);     // train_command.cc (NLP models)
Command AddEvalCommand(CLI::App& app);      // eval_command.cc (model and account evaluation)
Command AddAnnotateCommand(CLI::App& app);  // annotate_command.cc

}  // namespace corroborate::cli
