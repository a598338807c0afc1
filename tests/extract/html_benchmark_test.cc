// Main-content quality on the ScrapingHub article-extraction benchmark (../shared, skipped when
// absent): 181 real news and blog pages with hand-made ground truth. The score is the
// benchmark's own: word 4-gram shingle multisets per page, precision and recall averaged over
// pages, F1 of the two means (re-implemented here; ../shared/tools/score-extraction.py is the
// reference). The floor sits a little under the measured figure so real regressions fail.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unicode/uchar.h>

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"
#include "extract/html/main_content.h"
#include "html/parser.h"
#include "support/benchmark_pages.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;

const fs::path kBenchmarkDir =
    fs::path(CORROBORATE_SHARED_DIR) / "data" / "article-extraction-benchmark";

// The benchmark's \w+ (Python, Unicode): letters, numbers and '_'; anything else separates.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) || c == '_';
  if (u_isalpha(static_cast<UChar32>(c))) return true;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = utf8::Next(text, &pos);
    if (IsWordChar(c)) {
      current.append(text.substr(start, pos - start));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::unordered_map<std::string, int> Shingles(std::string_view text) {
  const std::vector<std::string> w = Words(text);
  std::unordered_map<std::string, int> counts;
  if (w.empty()) return counts;
  const size_t n = std::min<size_t>(4, w.size());
  for (size_t i = 0; i + n <= w.size(); ++i) {
    std::string key;
    for (size_t k = i; k < i + n; ++k) key += w[k] + '\x1f';
    ++counts[key];
  }
  return counts;
}

struct PageScore {
  double tp = 0, fp = 0, fn = 0;
};

PageScore Score(std::string_view truth, std::string_view predicted) {
  auto t = Shingles(truth);
  auto p = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, n] : p) {
    auto it = t.find(k);
    const int common = it == t.end() ? 0 : std::min(n, it->second);
    tp += common;
    fp += n - common;
  }
  for (const auto& [k, n] : t) {
    auto it = p.find(k);
    fn += n - (it == p.end() ? 0 : std::min(n, it->second));
  }
  const double s = tp + fp + fn;
  if (s == 0) return {};
  return {tp / s, fp / s, fn / s};
}

std::string Body(const MainContent& content) {
  std::string body;
  for (const ContentBlock& b : content.blocks) body += b.text + "\n\n";
  return body;
}

TEST(HtmlBenchmark, ScrapingHubArticleBodiesF1) {
  if (!fs::exists(kBenchmarkDir / "ground-truth.json")) {
    GTEST_SKIP() << "needs ../shared/data/article-extraction-benchmark (not present)";
  }
  simdjson::dom::parser parser;
  simdjson::dom::object truth;
  ASSERT_EQ(parser.load((kBenchmarkDir / "ground-truth.json").string()).get(truth),
            simdjson::SUCCESS);
  std::unordered_map<std::string, std::string_view> html_by_id;
  for (const test_data::BenchmarkPage& page : test_data::BenchmarkPages()) {
    html_by_id[page.id] = page.html;
  }
  double precision_sum = 0, recall_sum = 0;
  int precision_pages = 0, recall_pages = 0, pages = 0, empty = 0;
  for (auto [id, value] : truth) {
    std::string_view body;
    ASSERT_EQ(value["articleBody"].get(body), simdjson::SUCCESS);
    const auto page = html_by_id.find(std::string(id));
    ASSERT_NE(page, html_by_id.end()) << id;
    const std::string_view html = page->second;
    const MainContent content = ExtractMainContent(html::Parse(html));
    empty += content.blocks.empty();
    const PageScore s = Score(body, Body(content));
    const bool perfect = s.fp == 0 && s.fn == 0;
    if (s.tp + s.fp > 0) {
      precision_sum += perfect ? 1 : s.tp / (s.tp + s.fp);
      ++precision_pages;
    }
    if (s.tp + s.fn > 0) {
      recall_sum += perfect ? 1 : s.tp / (s.tp + s.fn);
      ++recall_pages;
    }
    ++pages;
  }
  ASSERT_EQ(pages, 181);
  const double p = precision_sum / precision_pages;
  const double r = recall_sum / recall_pages;
  const double f1 = 2 * p * r / (p + r);
  std::printf("benchmark: F1 %.4f P %.4f R %.4f (%d pages, %d empty)\n", f1, p, r, pages, empty);
  // Published on this benchmark: trafilatura 2.0 0.958, Readability.js 0.947.
  EXPECT_GE(f1, 0.965);
  EXPECT_GE(p, 0.95);
  EXPECT_GE(r, 0.95);
  EXPECT_LE(empty, 2);  // every page of the benchmark holds an article
}

}  // namespace
}  // namespace corroborate
