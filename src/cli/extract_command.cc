// `corroborate extract INPUT…`: one JSON line per article (the cleaned text and its metadata,
// exactly the articles[] objects of account.json) on standard output.
// `corroborate extract --batch IN_DIR OUT_DIR`: HTML pages to body text and metadata files
// (cli/html_batch.h).
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/html_batch.h"
#include "cli/input_options.h"
#include "cli/output_files.h"
#include "render/render.h"

namespace corroborate::cli {

Command AddExtractCommand(CLI::App& app) {
  auto* command = app.add_subcommand(
      "extract", "Print each article's cleaned text and metadata as one JSON line");
  auto options = std::make_shared<InputOptions>();
  auto batch = std::make_shared<std::vector<std::string>>();
  AddInputOptions(command, options.get());
  CLI::Option* inputs = command->get_option("inputs");
  inputs->required(false);
  command
      ->add_option("--batch", *batch,
                   "Extract every IN_DIR/*.html page into OUT_DIR/<name>.txt (body) and "
                   "OUT_DIR/<name>.json (title, author, date, body, …)")
      ->expected(2)
      ->type_name("IN_DIR OUT_DIR")
      ->excludes(inputs);
  return [options, batch] {
    if (!batch->empty()) {
      HtmlBatchOptions b;
      b.in_dir = (*batch)[0];
      b.out_dir = (*batch)[1];
      b.threads = options->threads;
      b.quiet = options->quiet;
      b.strict = options->strict;
      b.max_file_bytes = static_cast<size_t>(options->max_file_mb * 1024 * 1024);
      return RunHtmlBatch(b);
    }
    if (options->inputs.empty()) {
      std::fprintf(stderr, "corroborate extract: give INPUT files or --batch IN_DIR OUT_DIR\n");
      return kExitUsage;
    }
    // Pages are written as soon as their batch is extracted, so a crawl of any size streams
    // through in bounded memory (text scrapes come at the end: they need the whole batch).
    std::vector<InputProblem> problems;
    size_t articles = 0;
    bool write_failed = false;
    ExtractInputsStreaming(options->inputs, options->ToPipelineOptions(), &problems,
                           [&](Article&& article) {
                             ++articles;
                             if (write_failed) return;
                             std::string line = RenderArticleJson(article);
                             line.push_back('\n');
                             write_failed = !WriteStdout(line);
                           });
    const int code = FinishReading(*options, articles, problems);
    if (write_failed || !FlushStdout()) return kExitOutput;
    return code;
  };
}

}  // namespace corroborate::cli
