// `corroborate brief INPUT… [-o DIR]`: the main job. Writes DIR/account.json (the contract),
// DIR/brief.md and DIR/brief.html, and prints a short summary.
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "cli/output_files.h"
#include "cli/terminal.h"
#include "render/render.h"

namespace corroborate::cli {
namespace {

void PrintSummary(const Account& account, const std::string& dir) {
  std::set<std::string> outlets;
  for (const Article& a : account.articles) outlets.insert(a.outlet);
  std::printf("Read %zu articles from %zu outlets", account.articles.size(), outlets.size());
  if (!account.problems.empty()) std::printf(" (%zu inputs skipped)", account.problems.size());
  std::printf(".\n");
  for (const StoryAccount& story : account.stories) {
    int confirmed = 0, contested = 0;
    for (const Fact& f : story.facts) {
      confirmed += f.status == FactStatus::kConfirmed;
      contested += f.status == FactStatus::kContested;
    }
    std::printf("Story %s: %s\n", story.id.c_str(), story.title.c_str());
    std::printf(
        "  %zu facts: %d confirmed, %d contested; %zu conflicts, %zu quotes, %zu entities, "
        "%zu timeline entries\n",
        story.facts.size(), confirmed, contested, story.conflicts.size(), story.quotes.size(),
        story.entities.size(), story.timeline.size());
  }
  std::printf("Briefing: %s/brief.html (also brief.md, account.json)\n", dir.c_str());
}

}  // namespace

Command AddBriefCommand(CLI::App& app) {
  auto* command = app.add_subcommand(
      "brief", "Cross-check the articles and write account.json, brief.md and brief.html");
  auto options = std::make_shared<InputOptions>();
  auto out_dir = std::make_shared<std::string>("corroborate-out");
  auto model_options = std::make_shared<ModelOptions>();
  AddInputOptions(command, options.get());
  command->add_option("-o,--out", *out_dir, "Output folder (default: corroborate-out)");
  AddModelOptions(command, model_options.get());
  return [options, out_dir, model_options] {
    // Loaded once, before any input is read (a missing model fails fast), and shared
    // read-only by the analysis threads.
    std::optional<nlp::Linguistics> models;
    if (!LoadModels(*model_options, &models)) return kExitUsage;
    std::vector<Article> articles;
    std::vector<InputProblem> problems;
    int code = ReadArticles(*options, &articles, &problems);
    if (code == kExitNoInput) return code;

    PipelineOptions pipeline = options->ToPipelineOptions();
    pipeline.models = models ? &*models : nullptr;
    Account account = BuildAccount(std::move(articles), pipeline);
    account.problems = std::move(problems);
    FinishProgress();

    std::error_code ec;
    std::filesystem::create_directories(*out_dir, ec);
    if (ec) {
      std::fprintf(stderr, "corroborate: %s: cannot create folder: %s\n", out_dir->c_str(),
                   ec.message().c_str());
      return kExitOutput;
    }
    const std::pair<const char*, std::string> outputs[] = {
        {"account.json", RenderAccountJson(account)},
        {"brief.md", RenderMarkdown(account)},
        {"brief.html", RenderHtml(account)},
    };
    for (const auto& [name, content] : outputs) {
      Status s = WriteFileAtomically(*out_dir + "/" + name, content);
      if (!s.ok()) {
        std::fprintf(stderr, "corroborate: %s\n", s.message().c_str());
        return kExitOutput;
      }
    }
    if (!options->quiet) PrintSummary(account, *out_dir);
    return code;
  };
}

}  // namespace corroborate::cli
