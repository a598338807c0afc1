// End to end: ExtractDocuments + BuildAccount (src/pipeline/pipeline.h) over generated corpora
// of 200 and 2,000 articles, on one thread and on all cores. Wall-clock time (several threads
// work at once); counters: items_per_second = articles/s, articles/s/core, threads. The
// baseline (copy + line split of the same bytes) runs in the same binary for the ratio table.
#include <benchmark/benchmark.h>

#include <vector>

#include "baseline.h"
#include "core/parallel.h"
#include "corpus_generator.h"
#include "pipeline/pipeline.h"
#include "ratio_reporter.h"

namespace corroborate::bench {
namespace {

// range(0): articles; range(1): threads (0 = all cores).
void BM_Brief(benchmark::State& state) {
  const std::vector<RawDocument>& corpus = SharedCorpus(static_cast<size_t>(state.range(0)));
  PipelineOptions options;
  options.threads = static_cast<unsigned>(state.range(1));
  const unsigned cores = options.threads ? options.threads : DefaultThreadCount();
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
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(TotalBytes(corpus)));
  state.counters["articles/s/core"] =
      benchmark::Counter(processed / cores, benchmark::Counter::kIsRate);
  state.counters["threads"] = cores;
  state.counters["stories"] = static_cast<double>(stories);
}

BENCHMARK(BM_Baseline_CopySplitLines)
    ->ArgName("articles")
    ->Arg(200)
    ->Arg(2000)
    ->UseRealTime()  // wall clock, like BM_Brief, so the ratio compares like with like
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Brief)
    ->ArgNames({"articles", "threads"})
    ->Args({200, 1})
    ->Args({200, 0})
    ->Args({2000, 1})
    ->Args({2000, 0})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
