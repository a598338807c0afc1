// corroborate: reads many news reports about the same events and writes one cross-checked
// account. This file only dispatches to the subcommands (one file each beside it).
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/version.h"

int main(int argc, char** argv) {
  using namespace corroborate::cli;
  CLI::App app{
      "Corroborate reads many news reports about the same events and writes one cross-checked\n"
      "account: confirmed and contested facts with their independent sources, who said what,\n"
      "who is who, a timeline, and what each outlet covered.\n\n"
      "Exit codes: 0 done (skipped inputs are reported on stderr), 1 bad command line,\n"
      "2 no input yielded an article, 3 output could not be written, 4 --strict and an input\n"
      "was skipped.",
      "corroborate"};
  app.set_version_flag("--version", std::string("corroborate ") + corroborate::kVersion);
  app.require_subcommand(1);
  Command brief = AddBriefCommand(app);
  Command extract = AddExtractCommand(app);
  Command cluster = AddClusterCommand(app);
  Command train = AddTrainCommand(app);
  Command eval = AddEvalCommand(app);
  Command annotate = AddAnnotateCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (app.got_subcommand("brief")) return brief();
  if (app.got_subcommand("extract")) return extract();
  if (app.got_subcommand("cluster")) return cluster();
  if (app.got_subcommand("train")) return train();
  if (app.got_subcommand("eval")) return eval();
  if (app.got_subcommand("annotate")) return annotate();
  return kExitUsage;
}
