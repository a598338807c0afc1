// `corroborate extract INPUT…`: one JSON line per article (the cleaned text and its metadata,
// exactly the articles[] objects of account.json) on standard output.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "render/render.h"

namespace corroborate::cli {

Command AddExtractCommand(CLI::App& app) {
  auto* command = app.add_subcommand(
      "extract", "Print each article's cleaned text and metadata as one JSON line");
  auto options = std::make_shared<InputOptions>();
  AddInputOptions(command, options.get());
  return [options] {
    std::vector<Article> articles;
    std::vector<InputProblem> problems;
    int code = ReadArticles(*options, &articles, &problems);
    for (const Article& article : articles) {
      std::string line = RenderArticleJson(article);
      line.push_back('\n');
      if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
        std::fprintf(stderr, "corroborate: cannot write to standard output\n");
        return kExitOutput;
      }
    }
    if (std::fflush(stdout) != 0) return kExitOutput;
    return code;
  };
}

}  // namespace corroborate::cli
