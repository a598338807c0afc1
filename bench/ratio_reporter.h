// The console output of the benchmark binaries, plus a closing table that divides each
// benchmark's time per article by the baseline's (BM_Baseline_* over the same corpus size, in
// the same run). Machines are noisy; ratios taken in one run are much steadier than raw times.
// RunBenchmarks() is the main() of both binaries.
#pragma once

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace corroborate::bench {

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  using benchmark::ConsoleReporter::ConsoleReporter;
  void ReportRuns(const std::vector<Run>& runs) override;
  void Finalize() override;

 private:
  struct Row {
    std::string name;
    std::string size;  // the first benchmark argument: the corpus size in articles
    double items_per_second = 0;
    double per_core = 0;  // "articles/s/core" when the benchmark reports it, else 0
    bool baseline = false;
  };
  std::vector<Row> rows_;
};

// Initializes Google Benchmark from the command line, runs the selected benchmarks and prints
// the ratio table (console format only; --benchmark_format=json|csv gets the plain output).
int RunBenchmarks(int argc, char** argv);

}  // namespace corroborate::bench
