// HTML article extraction on the 181 real pages of the article-extraction benchmark
// (../shared/data/article-extraction-benchmark/html/*.html.gz, decompressed before timing),
// single-threaded, pages in memory. Target (issue 3): parse + main content + metadata at
// >= 1,000 pages/s per core. Each stage is also timed alone, and BM_Baseline_HtmlCopySplitLines
// (a copy and line split of the same bytes) gives the ratio table its yardstick, measured in
// the same run. Skips with a message when ../shared is absent.
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html/html_article.h"
#include "extract/html/html_metadata.h"
#include "extract/html/main_content.h"
#include "html/parser.h"
#include "ratio_reporter.h"

namespace corroborate::bench {
namespace {

namespace fs = std::filesystem;

struct Page {
  std::string html;
  std::string url;
};

std::string Gunzip(const fs::path& path) {
  std::string out;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
  gzclose(file);
  return out;
}

const std::vector<Page>& Pages() {
  static const std::vector<Page> pages = [] {
    std::vector<Page> out;
    const fs::path dir = fs::path(CORROBORATE_SHARED_DIR) / "data/article-extraction-benchmark";
    simdjson::dom::parser parser;
    simdjson::dom::object root;
    if (parser.load((dir / "ground-truth.json").string()).get(root) != simdjson::SUCCESS) {
      return out;
    }
    for (auto [id, entry] : root) {
      Page p;
      std::string_view url;
      if (entry["url"].get(url) == simdjson::SUCCESS) p.url = std::string(url);
      p.html = Gunzip(dir / "html" / (std::string(id) + ".html.gz"));
      if (!p.html.empty()) out.push_back(std::move(p));
    }
    return out;
  }();
  return pages;
}

size_t TotalBytes(const std::vector<Page>& pages) {
  size_t n = 0;
  for (const Page& p : pages) n += p.html.size();
  return n;
}

// Runs fn(page) over every page per iteration and reports pages/s.
template <class Fn>
void OverPages(benchmark::State& state, Fn fn) {
  const std::vector<Page>& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("needs ../shared/data/article-extraction-benchmark (not present)");
    return;
  }
  for (auto _ : state) {
    for (const Page& p : pages) fn(p);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
  state.counters["pages"] = static_cast<double>(pages.size());
}

void BM_Baseline_HtmlCopySplitLines(benchmark::State& state) {
  std::string buffer;
  std::vector<std::string_view> lines;
  OverPages(state, [&](const Page& p) {
    buffer.resize(p.html.size());
    std::memcpy(buffer.data(), p.html.data(), p.html.size());
    lines.clear();
    std::string_view rest = buffer;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      if (nl == std::string_view::npos) nl = rest.size();
      lines.push_back(rest.substr(0, nl));
      rest.remove_prefix(nl < rest.size() ? nl + 1 : rest.size());
    }
    benchmark::DoNotOptimize(lines.data());
  });
}

void BM_HtmlParse(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    html::Document doc = html::Parse(p.html);
    benchmark::DoNotOptimize(doc.size());
  });
}

void BM_HtmlParseMainContent(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    const html::Document doc = html::Parse(p.html);
    MainContent content = ExtractMainContent(doc);
    benchmark::DoNotOptimize(content.blocks.data());
  });
}

// The target: everything an HTML page needs before the text stages.
void BM_HtmlParseContentMetadata(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    const html::Document doc = html::Parse(p.html);
    MainContent content = ExtractMainContent(doc);
    HtmlMetadata meta = ExtractHtmlMetadata(doc, p.url, content.root);
    benchmark::DoNotOptimize(content.blocks.data());
    benchmark::DoNotOptimize(meta.title.data());
  });
}

// The whole Article as the pipeline builds it (adds text assembly and CLD2 language detection).
void BM_HtmlArticle(benchmark::State& state) {
  OverPages(state, [](const Page& p) {
    DecodedDocument doc;
    doc.raw.format = "html";
    doc.raw.url = p.url;
    doc.text = p.html;
    Article a = ExtractHtmlArticle(doc);
    benchmark::DoNotOptimize(a.text.data());
  });
}

// The argument is the corpus size the ratio table pairs benchmarks by: the 181 pages.
BENCHMARK(BM_Baseline_HtmlCopySplitLines)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParse)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParseMainContent)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlParseContentMetadata)->Arg(181)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlArticle)->Arg(181)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace corroborate::bench

int main(int argc, char** argv) { return corroborate::bench::RunBenchmarks(argc, argv); }
