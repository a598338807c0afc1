// Options every command that reads articles shares: inputs, threads, quiet, strict.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/account.h"
#include "nlp/linguistics.h"
#include "pipeline/pipeline.h"

namespace corroborate::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  unsigned threads = 0;
  bool quiet = false;
  bool strict = false;
  double max_file_mb = 64;

  PipelineOptions ToPipelineOptions() const;
};

void AddInputOptions(CLI::App* command, InputOptions* options);

// The trained models a command runs (--models DIR, --no-models).
struct ModelOptions {
  std::string dir;    // --models; empty = $CORROBORATE_MODELS, else models/ (nlp/model_paths.h)
  bool none = false;  // --no-models: rules only
};

void AddModelOptions(CLI::App* command, ModelOptions* options);

// Loads the models unless --no-models; on failure prints one line naming the missing or
// broken file and how to proceed, and returns false.
bool LoadModels(const ModelOptions& options, std::optional<nlp::Linguistics>* models);

// Reads and extracts the inputs, reports problems on stderr, and returns the exit code to use
// when nothing else goes wrong (kExitNoInput when no article came out).
int ReadArticles(const InputOptions& options, std::vector<Article>* articles,
                 std::vector<InputProblem>* problems);

// The end of reading, however the articles were consumed: ends the progress line, reports the
// problems on stderr, and returns the exit code (kExitNoInput when no article came out,
// kExitProblems with --strict and a skipped input, else kExitOk).
int FinishReading(const InputOptions& options, size_t articles,
                  const std::vector<InputProblem>& problems);

}  // namespace corroborate::cli
