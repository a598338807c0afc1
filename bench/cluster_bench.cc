// Streaming story clustering (story/story_stream.h) over a generated stream of extracted
// articles (bench/event_stream_generator.h: ~2,500 articles a day about invented events),
// single-threaded, at 10k, 100k and 1M articles. Reports articles/s (features, frequencies and
// assignment together), the cost per article over the last tenth of the stream (flat when the
// index scales: old events age out after idle_days), the live articles and the index bytes per
// live article, and how well the generated events were recovered (pairwise P/R/F1 over
// articles). BM_Baseline_CopySplitText copies and line-splits the same texts: the yardstick of
// the closing ratio table. Generation runs with the timer paused and outside the CPU clock.
#include <benchmark/benchmark.h>
#include <time.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "event_stream_generator.h"
#include "baseline.h"
#include "ratio_reporter.h"
#include "story/story_stream.h"

namespace corroborate::bench {
namespace {

constexpr size_t kChunk = 10000;

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  double pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096.0;
}

// Pairwise precision and recall of predicted against generated events, from the contingency
// counts (no pair is enumerated).
class PairCounter {
 public:
  void Add(uint64_t gold, uint64_t predicted) {
    ++cells_[gold * 0x9E3779B97F4A7C15ull ^ predicted];
    ++gold_[gold];
    ++predicted_[predicted];
  }
  double Precision() const { return Pairs(cells_) / std::max(1.0, Pairs(predicted_)); }
  double Recall() const { return Pairs(cells_) / std::max(1.0, Pairs(gold_)); }

 private:
  static double Pairs(const std::unordered_map<uint64_t, uint64_t>& counts) {
    double sum = 0;
    for (const auto& [key, n] : counts) sum += 0.5 * static_cast<double>(n) * (n - 1.0);
    return sum;
  }
  std::unordered_map<uint64_t, uint64_t> cells_, gold_, predicted_;
};

void BM_ClusterStream(benchmark::State& state) {
  const size_t total = static_cast<size_t>(state.range(0));
  size_t bytes = 0, live = 0, events = 0, memory = 0, frequencies = 0;
  double tail_seconds = 0, rss_growth = 0, precision = 0, recall = 0, story_precision = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const double rss_before = ResidentBytes();
    EventStreamGenerator generator;
    PairCounter pairs, story_pairs;
    std::vector<GeneratedArticle> chunk;
    state.ResumeTiming();
    StoryStream stream;
    const size_t tail_from = total - total / 10;
    for (size_t t = 0; t < total;) {
      state.PauseTiming();
      chunk.clear();
      for (size_t i = 0; i < kChunk && t + i < total; ++i) chunk.push_back(generator.Next());
      state.ResumeTiming();
      const double start = ThreadSeconds();
      std::vector<uint64_t> assigned(chunk.size());
      for (size_t i = 0; i < chunk.size(); ++i) {
        assigned[i] = stream.Add(chunk[i].title, chunk[i].text, chunk[i].day).event;
      }
      const double spent = ThreadSeconds() - start;
      const size_t chunk_first = t;
      t += chunk.size();
      if (t > tail_from) {
        const size_t in_tail = t - std::max(tail_from, chunk_first);
        tail_seconds += spent * static_cast<double>(in_tail) / static_cast<double>(chunk.size());
      }
      state.PauseTiming();
      for (size_t i = 0; i < chunk.size(); ++i) {
        bytes += chunk[i].text.size();
        pairs.Add(chunk[i].event, assigned[i]);
        story_pairs.Add(chunk[i].story, assigned[i]);
      }
      state.ResumeTiming();
    }
    state.PauseTiming();
    live = stream.index().live_articles();
    events = stream.index().live_events();
    memory = stream.index().MemoryBytes();
    frequencies = stream.frequencies().MemoryBytes();
    rss_growth = ResidentBytes() - rss_before;
    precision = pairs.Precision();
    recall = pairs.Recall();
    story_precision = story_pairs.Precision();
    state.ResumeTiming();
  }
  const double n = static_cast<double>(total);
  state.SetItemsProcessed(static_cast<int64_t>(total));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles"] = n;
  state.counters["us/article(last10%)"] = tail_seconds * 1e6 / std::max(1.0, n / 10);
  state.counters["live"] = static_cast<double>(live);
  state.counters["live_events"] = static_cast<double>(events);
  state.counters["B/live"] =
      static_cast<double>(memory) / static_cast<double>(std::max<size_t>(1, live));
  state.counters["df_MiB"] = static_cast<double>(frequencies) / (1 << 20);
  state.counters["rssB/live"] = rss_growth / static_cast<double>(std::max<size_t>(1, live));
  state.counters["pairP"] = precision;
  state.counters["pairR"] = recall;
  // Precision against the generated stories: above pairP when wrong merges stay in a story.
  state.counters["storyP"] = story_precision;
  state.counters["pairF1"] =
      precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

// The yardstick: copy each text once and split it into lines (one generated chunk, cycled).
void BM_Baseline_CopySplitText(benchmark::State& state) {
  const size_t total = static_cast<size_t>(state.range(0));
  static const std::vector<std::string> texts = [] {
    EventStreamGenerator generator;
    std::vector<std::string> out;
    for (size_t i = 0; i < kChunk; ++i) out.push_back(generator.Next().text);
    return out;
  }();
  std::string buffer;
  std::vector<std::string_view> lines;
  size_t bytes = 0;
  for (auto _ : state) {
    size_t total_lines = 0;
    for (size_t t = 0; t < total; ++t) {
      const std::string& text = texts[t % texts.size()];
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
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterStream)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
