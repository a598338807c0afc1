// The benchmarks' yardstick: the least work any stage must do over a corpus — copy every byte
// once and find every line. Stages are reported as multiples of its time per article.
#pragma once

#include <benchmark/benchmark.h>

namespace corroborate::bench {

// range(0) = corpus size in articles (SharedCorpus); reports items_per_second and bytes/s.
void BM_Baseline_CopySplitLines(benchmark::State& state);

}  // namespace corroborate::bench
