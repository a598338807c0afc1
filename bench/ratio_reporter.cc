#include "ratio_reporter.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string_view>

namespace corroborate::bench {
namespace {

// "1000" or "articles:200/threads:1" -> the value of the first argument ("1000", "200").
std::string FirstArg(const std::string& args) {
  std::string first = args.substr(0, args.find('/'));
  const size_t colon = first.find(':');
  return colon == std::string::npos ? first : first.substr(colon + 1);
}

double Counter(const benchmark::BenchmarkReporter::Run& run, const char* name) {
  auto it = run.counters.find(name);
  return it == run.counters.end() ? 0.0 : static_cast<double>(it->second);
}

bool FlagIs(std::string_view arg, std::string_view flag, std::string_view value) {
  return arg.substr(0, flag.size()) == flag && arg.substr(flag.size()) == value;
}

}  // namespace

void RatioReporter::ReportRuns(const std::vector<Run>& runs) {
  ConsoleReporter::ReportRuns(runs);
  for (const Run& run : runs) {
    if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
    Row row;
    row.name = run.benchmark_name();
    row.size = FirstArg(run.run_name.args);
    row.items_per_second = Counter(run, "items_per_second");
    row.per_core = Counter(run, "articles/s/core");
    row.baseline = run.run_name.function_name.rfind("BM_Baseline", 0) == 0;
    if (row.items_per_second > 0) rows_.push_back(std::move(row));
  }
}

void RatioReporter::Finalize() {
  std::ostream& out = GetOutputStream();
  bool header = false;
  for (const Row& row : rows_) {
    if (row.baseline) continue;
    // The baseline for this corpus size (the last one seen, if repeated).
    double base = 0;
    for (const Row& b : rows_) {
      if (b.baseline && b.size == row.size) base = b.items_per_second;
    }
    if (base <= 0) continue;
    if (!header) {
      out << "\nCost per article relative to the baseline (copy + line split of the same bytes,"
             " same run).\nLower is better; compare these across machines, not the raw times.\n";
      header = true;
    }
    char buf[256];
    int len = std::snprintf(buf, sizeof buf, "  %-44s %10.1f x baseline  %10.0f articles/s",
                            row.name.c_str(), base / row.items_per_second, row.items_per_second);
    if (row.per_core > 0 && len > 0 && static_cast<size_t>(len) < sizeof buf) {
      std::snprintf(buf + len, sizeof buf - static_cast<size_t>(len), "  %8.0f per core",
                    row.per_core);
    }
    out << buf << '\n';
  }
  ConsoleReporter::Finalize();
}

int RunBenchmarks(int argc, char** argv) {
  bool tabular = false;
  bool color = isatty(STDOUT_FILENO) != 0;
  bool console = true;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (FlagIs(a, "--benchmark_counters_tabular=", "true") ||
        FlagIs(a, "--benchmark_counters_tabular=", "1")) {
      tabular = true;
    }
    if (FlagIs(a, "--benchmark_color=", "false") || FlagIs(a, "--benchmark_color=", "0")) {
      color = false;
    }
    if (a.substr(0, 19) == "--benchmark_format=" && a.substr(19) != "console") console = false;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (console) {
    int opts = benchmark::ConsoleReporter::OO_None;
    if (color) opts |= benchmark::ConsoleReporter::OO_Color;
    if (tabular) opts |= benchmark::ConsoleReporter::OO_Tabular;
    RatioReporter reporter(static_cast<benchmark::ConsoleReporter::OutputOptions>(opts));
    benchmark::RunSpecifiedBenchmarks(&reporter);
  } else {
    benchmark::RunSpecifiedBenchmarks();
  }
  benchmark::Shutdown();
  return 0;
}

}  // namespace corroborate::bench
