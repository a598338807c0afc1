#include "eval/run_corpus.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "pipeline/pipeline.h"
#include "render/render.h"

namespace corroborate::eval {
namespace fs = std::filesystem;

Result<std::string> ResolveCorpus(const Gold& gold, const std::string& shared_dir) {
  const fs::path gold_dir = fs::path(gold.path).parent_path();
  std::vector<fs::path> tries;
  if (!gold.corpus.empty()) {
    tries.push_back(gold_dir / gold.corpus);
  } else if (!shared_dir.empty()) {
    tries.push_back(fs::path(shared_dir) / gold.shared_corpus);
  } else {
    if (const char* env = std::getenv("CORROBORATE_SHARED_DIR"); env && *env) {
      tries.push_back(fs::path(env) / gold.shared_corpus);
    }
    tries.push_back(fs::path("../shared") / gold.shared_corpus);
    tries.push_back(gold_dir / "../../../shared" / gold.shared_corpus);
  }
  std::error_code ec;
  for (const fs::path& p : tries) {
    if (fs::is_directory(p, ec)) return p.lexically_normal().string();
  }
  return Status::NotFound(
      gold.path + ": corpus folder not found: " + tries.front().lexically_normal().string() +
      (gold.corpus.empty() ? " (give the shared data folder with --shared)" : ""));
}

Result<SysAccount> BuildCorpusAccount(const std::string& corpus_dir, unsigned threads,
                                      const nlp::Linguistics* models) {
  PipelineOptions options;
  options.threads = threads;
  options.models = models;
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ExtractInputs({corpus_dir}, options, &problems);
  if (articles.empty()) {
    return Status::InvalidInput(corpus_dir + ": no article could be read from the corpus");
  }
  Account account = BuildAccount(std::move(articles), options);
  account.problems = std::move(problems);
  return ParseAccountJson(RenderAccountJson(account), corpus_dir);
}

}  // namespace corroborate::eval
