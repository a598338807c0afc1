// The benchmarks' yardstick: the least work any stage must do over a corpus — copy every byte
// once and find every line. Stages are reported as multiples of its time per article.
#pragma once

#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::bench {

// The yardstick's work on one text: copy it into *buffer and split the copy into *lines.
// Returns the number of lines. Every benchmark's baseline calls this, so ratios compare alike.
inline size_t CopyAndSplitLines(std::string_view text, std::string* buffer,
                                std::vector<std::string_view>* lines) {
  buffer->resize(text.size());
  if (!text.empty()) std::memcpy(buffer->data(), text.data(), text.size());
  lines->clear();
  std::string_view rest = *buffer;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    if (nl == std::string_view::npos) nl = rest.size();
    lines->push_back(rest.substr(0, nl));
    rest.remove_prefix(nl < rest.size() ? nl + 1 : rest.size());
  }
  benchmark::DoNotOptimize(lines->data());
  return lines->size();
}

// range(0) = corpus size in articles (SharedCorpus); reports items_per_second and bytes/s.
void BM_Baseline_CopySplitLines(benchmark::State& state);

}  // namespace corroborate::bench
