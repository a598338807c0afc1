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
      buffer.resize(raw.bytes.size());
      std::memcpy(buffer.data(), raw.bytes.data(), raw.bytes.size());
      lines.clear();
      std::string_view rest = buffer;
      while (!rest.empty()) {
        size_t nl = rest.find('\n');
        if (nl == std::string_view::npos) nl = rest.size();
        lines.push_back(rest.substr(0, nl));
        rest.remove_prefix(nl < rest.size() ? nl + 1 : rest.size());
      }
      total_lines += lines.size();
      benchmark::DoNotOptimize(lines.data());
    }
    benchmark::DoNotOptimize(total_lines);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(corpus)));
  state.counters["articles"] = static_cast<double>(corpus.size());
}

}  // namespace corroborate::bench
