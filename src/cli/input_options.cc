#include "cli/input_options.h"

#include <cstdio>
#include <utility>

#include "cli/exit_codes.h"
#include "cli/terminal.h"

namespace corroborate::cli {

PipelineOptions InputOptions::ToPipelineOptions() const {
  PipelineOptions p;
  p.threads = threads;
  p.read.max_file_bytes = static_cast<size_t>(max_file_mb * 1024 * 1024);
  p.progress = MakeProgress(quiet);
  if (!quiet) {
    // Informational, not problems: e.g. how many records of a WARC were not HTML pages.
    p.read.notes = [](const std::string& uri, const std::string& note) {
      FinishProgress();
      std::fprintf(stderr, "corroborate: %s: %s\n", uri.c_str(), note.c_str());
    };
  }
  return p;
}

void AddInputOptions(CLI::App* command, InputOptions* options) {
  command
      ->add_option(
          "inputs", options->inputs,
          "Files (.txt, .html, .jsonl, .warc, also gzipped), folders (read recursively) or - "
          "for standard input")
      ->required();
  command->add_option("-j,--threads", options->threads, "Worker threads (default: all cores)");
  command->add_flag("-q,--quiet", options->quiet, "No progress or summary output");
  command->add_flag("--strict", options->strict,
                    "Exit with code 4 when any input had to be skipped");
  command
      ->add_option("--max-file-mb", options->max_file_mb,
                   "Skip input files larger than this (default 64)")
      ->check(CLI::PositiveNumber);
}

void AddModelOptions(CLI::App* command, ModelOptions* options) {
  command->add_option(
      "--models", options->dir,
      "Folder of the trained models: tagger.bin, parser.bin, ner.bin, places.bin, and the "
      "optional sentences.bin, lexicon.bin (default: $CORROBORATE_MODELS, else models/)");
  command->add_flag("--no-models", options->none,
                    "Run without the trained models: rule-based entities and quotes only, no "
                    "syntax (faster, less accurate)");
}

bool LoadModels(const ModelOptions& options, std::optional<nlp::Linguistics>* models) {
  models->reset();
  if (options.none) return true;
  Result<nlp::Linguistics> loaded = nlp::Linguistics::Load(options.dir);
  if (!loaded.ok()) {
    std::fprintf(stderr,
                 "corroborate: %s; pass --models DIR to use other models, or --no-models to run "
                 "the rules only\n",
                 loaded.status().message().c_str());
    return false;
  }
  models->emplace(std::move(loaded).value());
  return true;
}

int ReadArticles(const InputOptions& options, std::vector<Article>* articles,
                 std::vector<InputProblem>* problems) {
  PipelineOptions pipeline = options.ToPipelineOptions();
  *articles = ExtractInputs(options.inputs, pipeline, problems);
  return FinishReading(options, articles->size(), *problems);
}

int FinishReading(const InputOptions& options, size_t articles,
                  const std::vector<InputProblem>& problems) {
  FinishProgress();
  PrintProblems(problems);
  if (articles == 0) {
    std::fprintf(stderr, "corroborate: no article could be read from the inputs\n");
    return kExitNoInput;
  }
  if (options.strict && !problems.empty()) return kExitProblems;
  return kExitOk;
}

}  // namespace corroborate::cli
