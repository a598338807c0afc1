#include "baseline.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "corpus_generator.h"

namespace corroborate::bench {

void BM_Baseline_CopySplitLines(benchmark::State& state) {
  const std::vector<RawDocument>& corpus = SharedCorpus(static_cast<size_t>(state.range(0)));
  std::string buffer;
  std::vector<std::string_view> lines;
  for (auto _ : state) {
    size_t total_lines = 0;
    for (const RawDocument& raw : corpus) {
      total_lines += CopyAndSplitLines(raw.bytes, &buffer, &lines);
    }
    benchmark::DoNotOptimize(total_lines);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(corpus)));
  state.counters["articles"] = static_cast<double>(corpus.size());
}

}  // namespace corroborate::bench
