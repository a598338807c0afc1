// The pages of the ScrapingHub article-extraction benchmark in ../shared (html/<id>.html.gz and
// the page URLs from ground-truth.json), read once through the project's own reader (ingest/),
// for the tests and benchmarks that run on real pages. Empty when ../shared is absent.
#pragma once

#include <string>
#include <vector>

namespace corroborate::test_data {

struct BenchmarkPage {
  std::string id;    // the file name without .html.gz
  std::string url;   // from ground-truth.json; empty when it has none
  std::string html;  // the page, decompressed (UTF-8, as the benchmark ships it)
};

// The benchmark's folder: CORROBORATE_SHARED_DIR/data/article-extraction-benchmark.
std::string BenchmarkDir();

// Every page, in id order; loaded on first use and kept (about 30 MB). Thread-safe.
const std::vector<BenchmarkPage>& BenchmarkPages();

// Total HTML bytes of BenchmarkPages().
size_t BenchmarkBytes();

}  // namespace corroborate::test_data
