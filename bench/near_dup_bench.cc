// Streaming near-duplicate detection (story/near_duplicates.h) over a generated stream of
// extracted article texts, single-threaded, at 10k, 100k and 1M articles. Reports articles/s,
// the cost per article over the last tenth of the stream (flat when the index scales), bytes
// held per live article, and how many copies were found; plus BM_Baseline_CopySplitText, a copy
// and line split of the same kind of texts, which the closing ratio table divides by.
//
// The stream is made by bench/corpus_generator in chunks of 10,000 articles (a new seed per
// chunk, JSON-lines form so the text has no site chrome: "text already extracted"), generated
// with the timer paused, so a million articles never sit in memory at once.
#include <benchmark/benchmark.h>
#include <time.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "corpus_generator.h"
#include "baseline.h"
#include "ratio_reporter.h"
#include "story/near_duplicates.h"

namespace corroborate::bench {
namespace {

constexpr size_t kChunk = 10000;

// Chunk k of the stream: kChunk extracted article texts (10% syndicated copies inside it).
std::vector<std::string> StreamChunk(size_t k) {
  CorpusOptions options;
  options.articles = kChunk;
  options.seed = 20260303 + k;
  options.jsonl_share = 1.0;  // the generator's extracted form: paragraphs, no chrome
  options.cp1252_share = 0;
  std::vector<std::string> texts;
  texts.reserve(kChunk);
  for (RawDocument& raw : GenerateCorpus(options)) texts.push_back(std::move(raw.bytes));
  return texts;
}

const std::vector<std::string>& FirstChunk() {
  static const std::vector<std::string> chunk = StreamChunk(0);
  return chunk;
}

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Resident memory of the process in bytes (Linux), to check MemoryBytes() against.
double ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  double pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096.0;
}

// range(0) articles, each Add()ed once; range(1) > 0 keeps only the last range(1) articles live
// (Expire by arrival time), to show aging keeps the index bounded.
void BM_NearDup_Stream(benchmark::State& state) {
  const size_t total = static_cast<size_t>(state.range(0));
  const size_t window = static_cast<size_t>(state.range(1));
  size_t bytes = 0, copies = 0, exact = 0, rewrites = 0, partial = 0;
  double tail_seconds = 0;
  size_t live = 0, memory = 0;
  double rss_growth = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const double rss_before = ResidentBytes();
    NearDuplicateIndex index;
    state.ResumeTiming();
    size_t t = 0;
    for (size_t k = 0; t < total; ++k) {
      state.PauseTiming();
      const std::vector<std::string> chunk = k == 0 ? FirstChunk() : StreamChunk(k);
      state.ResumeTiming();
      const double start = ThreadSeconds();
      const size_t chunk_first = t;
      for (size_t i = 0; i < chunk.size() && t < total; ++i, ++t) {
        if (window > 0 && t >= window) index.Expire(static_cast<int64_t>(t - window + 1));
        NearDuplicateIndex::Added added = index.Add(chunk[i], static_cast<int64_t>(t));
        bytes += chunk[i].size();
        if (added.copy_of) {
          ++copies;
          exact += added.copy_of->kind == DuplicateKind::kExactCopy;
          rewrites += added.copy_of->kind == DuplicateKind::kLightRewrite;
          partial += added.copy_of->kind == DuplicateKind::kPartial;
        }
      }
      // The cost per article over the last tenth of the stream: flat means no growth with size.
      const size_t tail_from = total - total / 10;
      if (t > tail_from) {
        const double spent = ThreadSeconds() - start;
        const size_t in_chunk = t - chunk_first;
        const size_t in_tail = t - std::max(tail_from, chunk_first);
        tail_seconds += spent * static_cast<double>(in_tail) / static_cast<double>(in_chunk);
      }
    }
    state.PauseTiming();
    live = index.live();
    memory = index.MemoryBytes();
    rss_growth = ResidentBytes() - rss_before;
    state.ResumeTiming();
  }
  const double n = static_cast<double>(total);
  state.SetItemsProcessed(static_cast<int64_t>(total));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles"] = n;
  state.counters["us/article(last10%)"] = tail_seconds * 1e6 / std::max(1.0, n / 10);
  state.counters["live"] = static_cast<double>(live);
  state.counters["B/live"] = static_cast<double>(memory) / std::max<size_t>(1, live);
  state.counters["rssB/live"] = rss_growth / static_cast<double>(std::max<size_t>(1, live));
  state.counters["copies%"] = 100.0 * static_cast<double>(copies) / n;
  state.counters["exact%"] = 100.0 * static_cast<double>(exact) / n;
  state.counters["rewrite%"] = 100.0 * static_cast<double>(rewrites) / n;
  state.counters["partial%"] = 100.0 * static_cast<double>(partial) / n;
}

// The yardstick: copy every text once and split it into lines, over the same number of
// articles (the first chunk, cycled: the per-article cost does not depend on stream size).
void BM_Baseline_CopySplitText(benchmark::State& state) {
  const size_t total = static_cast<size_t>(state.range(0));
  const std::vector<std::string>& chunk = FirstChunk();
  std::string buffer;
  std::vector<std::string_view> lines;
  size_t bytes = 0;
  for (auto _ : state) {
    size_t total_lines = 0;
    for (size_t t = 0; t < total; ++t) {
      const std::string& text = chunk[t % chunk.size()];
      total_lines += CopyAndSplitLines(text, &buffer, &lines);
      bytes += text.size();
    }
    benchmark::DoNotOptimize(total_lines);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * total));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles"] = static_cast<double>(total);
}

BENCHMARK(BM_Baseline_CopySplitText)
    ->Args({10000, 0})
    ->Args({100000, 0})
    ->Args({1000000, 0})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NearDup_Stream)
    ->Args({10000, 0})
    ->Args({100000, 0})
    ->Args({1000000, 0})
    ->Args({1000000, 100000})  // a sliding window: 100k live articles
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
