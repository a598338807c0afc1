// The cross-check's speed targets (issue 5), with the trained models as `brief` runs them:
//   BM_ReconcileOneStory  Reconcile of one story of 200 articles on one thread (target < 1 s);
//                         the articles are analyzed with the models beforehand, outside the timing.
//                         Place names and the word-sense lexicon as the pipeline passes them;
//                         /lexicon:0 leaves the lexicon out (its cost is the difference).
//   BM_LexiconLoad        reading and validating models/lexicon.bin
//   BM_LexiconLookup      Lexicon::Concepts of news words (exact, inflected, unknown): lookups/s
//   BM_BriefWithModels    ExtractDocuments + BuildAccount end to end on 5,000 articles across
//                         many stories, all cores (target < 60 s on 2 cores), wall clock.
// Both against the copy+line-split yardstick over the same corpus in the same run. Skipped with
// a message when models/ cannot be found.
#include <benchmark/benchmark.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "baseline.h"
#include "core/parallel.h"
#include "corpus_generator.h"
#include "nlp/lexicon.h"
#include "nlp/linguistics.h"
#include "nlp/model_paths.h"
#include "pipeline/pipeline.h"
#include "ratio_reporter.h"
#include "reconcile/reconcile.h"
#include "story/sourcing.h"

namespace corroborate::bench {
namespace {

constexpr size_t kStoryArticles = 200;
constexpr size_t kCorpusArticles = 5000;

// The shipped models, loaded once; nullptr (with the reason) when they cannot be found.
const nlp::Linguistics* Models(std::string* why) {
  static std::optional<Result<nlp::Linguistics>> loaded;
  if (!loaded) loaded.emplace(nlp::Linguistics::Load(""));
  if (!loaded->ok()) {
    *why = "models not found: " + loaded->status().message();
    return nullptr;
  }
  return &loaded->value();
}

// One story of 200 articles, analyzed with the models, with its sourcing.
struct OneStory {
  std::vector<Article> articles;
  std::vector<AnnotatedDoc> docs;
  StoryInput input;
};

const OneStory& SharedStory(const nlp::Linguistics& models) {
  static std::unique_ptr<OneStory> story;
  if (story) return *story;
  story = std::make_unique<OneStory>();
  CorpusOptions options;
  options.articles = kStoryArticles;
  options.stories = 1;
  PipelineOptions pipeline;
  std::vector<InputProblem> problems;
  story->articles = ExtractDocuments(GenerateCorpus(options), pipeline, &problems);
  story->docs.resize(story->articles.size());
  ParallelFor(story->articles.size(), DefaultThreadCount(), [&](size_t i) {
    const Article& a = story->articles[i];
    story->docs[i] =
        Analyze(a, a.published.date.has_day() ? a.published.date : CivilDate(), &models);
  });
  for (uint32_t i = 0; i < story->docs.size(); ++i) {
    story->input.docs.push_back(&story->docs[i]);
    story->input.article_index.push_back(i);
  }
  story->input.sourcing = FindSourcing(story->input.docs, story->input.article_index);
  story->input.places = &models.places();
  story->input.lexicon = models.lexicon();
  return *story;
}

void BM_ReconcileOneStory(benchmark::State& state) {
  std::string why;
  const nlp::Linguistics* models = Models(&why);
  if (models == nullptr) {
    state.SkipWithError(why.c_str());
    return;
  }
  const OneStory& s = SharedStory(*models);
  StoryInput input = s.input;
  if (state.range(0) == 0) input.lexicon = nullptr;
  size_t facts = 0;
  for (auto _ : state) {
    StoryAccount account = Reconcile(input, s.articles, "s1");
    facts = account.facts.size();
    benchmark::DoNotOptimize(account.facts.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.articles.size()));
  state.counters["articles"] = static_cast<double>(s.articles.size());
  state.counters["facts"] = static_cast<double>(facts);
}

void BM_LexiconLoad(benchmark::State& state) {
  Result<std::string> path = nlp::FindModelFile("", "lexicon.bin");
  if (!path.ok()) {
    state.SkipWithError(path.status().message().c_str());
    return;
  }
  size_t words = 0;
  for (auto _ : state) {
    Result<nlp::Lexicon> lexicon = nlp::Lexicon::Load(*path);
    if (!lexicon.ok()) {
      state.SkipWithError(lexicon.status().message().c_str());
      return;
    }
    words = lexicon->num_words();
  }
  state.counters["words"] = static_cast<double>(words);
}

void BM_LexiconLookup(benchmark::State& state) {
  std::string why;
  const nlp::Linguistics* models = Models(&why);
  if (models == nullptr || models->lexicon() == nullptr) {
    state.SkipWithError(models == nullptr ? why.c_str() : "models/lexicon.bin not found");
    return;
  }
  const nlp::Lexicon& lexicon = *models->lexicon();
  const std::vector<std::string> words = {
      "talks",    "met",       "meeting",  "resigned", "stepped",   "capture",   "took",
      "revised",  "updated",   "version",  "absence",  "visit",     "ceasefire", "officials",
      "said",     "according", "ministry", "forces",   "advanced",  "denied",    "agreement",
      "proposal", "zxqv",      "kremlin",  "envoy",    "sanctions", "troops",    "withdrawal"};
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& w : words) found += lexicon.Concepts(w).size();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}

void BM_BriefWithModels(benchmark::State& state) {
  std::string why;
  const nlp::Linguistics* models = Models(&why);
  if (models == nullptr) {
    state.SkipWithError(why.c_str());
    return;
  }
  const std::vector<RawDocument>& corpus = SharedCorpus(static_cast<size_t>(state.range(0)));
  PipelineOptions options;
  options.threads = 0;  // all cores, as brief runs
  options.models = models;
  const unsigned cores = DefaultThreadCount();
  size_t stories = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<RawDocument> docs = corpus;  // ExtractDocuments consumes its input
    state.ResumeTiming();
    std::vector<InputProblem> problems;
    std::vector<Article> articles = ExtractDocuments(std::move(docs), options, &problems);
    Account account = BuildAccount(std::move(articles), options);
    stories = account.stories.size();
    benchmark::DoNotOptimize(account.stories.data());
  }
  const double processed =
      static_cast<double>(state.iterations()) * static_cast<double>(corpus.size());
  state.SetItemsProcessed(static_cast<int64_t>(processed));
  state.counters["articles/s/core"] =
      benchmark::Counter(processed / cores, benchmark::Counter::kIsRate);
  state.counters["threads"] = cores;
  state.counters["stories"] = static_cast<double>(stories);
}

BENCHMARK(BM_Baseline_CopySplitLines)
    ->ArgName("articles")
    ->Arg(kCorpusArticles)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReconcileOneStory)->ArgName("lexicon")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconLookup);
BENCHMARK(BM_BriefWithModels)
    ->ArgName("articles")
    ->Arg(kCorpusArticles)
    ->Iterations(1)  // one run is ~30 s; the figure is the wall time of that run
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
