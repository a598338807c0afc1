// Metadata on the article-extraction benchmark's real pages (../shared, gzipped; the page URLs
// come from its ground-truth.json). The benchmark has no metadata ground truth, so this checks
// what must hold on any page: a title, no impossible date, and a date on nearly every page.
// Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html/html_metadata.h"
#include "html/parser.h"
#include "support/benchmark_pages.h"

namespace corroborate {
namespace {

TEST(HtmlMetadataBenchmarkTest, TitlesAndPlausibleDates) {
  const std::vector<test_data::BenchmarkPage>& benchmark = test_data::BenchmarkPages();
  if (benchmark.empty()) GTEST_SKIP() << "no benchmark pages in " << test_data::BenchmarkDir();
  ASSERT_GT(benchmark.size(), 100u);
  // The pages were fetched in 2019-2020; a date after the day they were fetched is impossible,
  // but the newest fetch date is not recorded, so the bound is the end of 2020.
  HtmlMetadataOptions options;
  options.now_unix_seconds = 1609459200;  // 2021-01-01T00:00Z
  size_t pages = 0, dated = 0, with_authors = 0;
  for (const test_data::BenchmarkPage& page : benchmark) {
    const std::string& path = page.id;
    const std::string& url = page.url;
    ASSERT_FALSE(url.empty()) << path << ": no URL in ground-truth.json";
    const html::Document doc = html::Parse(page.html);
    const HtmlMetadata m = ExtractHtmlMetadata(doc, url, html::kNoNode, options);
    ++pages;
    EXPECT_FALSE(m.title.empty()) << path << " (" << url << "): no title";
    EXPECT_FALSE(m.site_name.empty()) << path << ": no site name";
    for (const Timestamp* t : {&m.published, &m.modified}) {
      if (!t->valid()) continue;
      EXPECT_GE(t->date.year, 1995) << path << ": " << t->Iso();
      EXPECT_LE(t->date.year, 2020) << path << ": " << t->Iso();
    }
    if (m.published.valid() && m.modified.valid()) {
      EXPECT_LE(m.published.date.ToDays(), m.modified.date.ToDays() + 1)
          << path << ": published " << m.published.Iso() << " after modified " << m.modified.Iso();
    }
    for (const std::string& author : m.authors) {
      EXPECT_EQ(author.find("://"), std::string::npos) << path << ": " << author;
    }
    dated += m.published.valid() ? 1 : 0;
    with_authors += m.authors.empty() ? 0 : 1;
  }
  // Measured when written: 168 of 181 pages dated, 113 with a person as author (agency copy
  // such as "Reuters" and pages without bylines have none). Fail on a clear regression.
  EXPECT_GE(dated * 100, pages * 85) << dated << " of " << pages << " pages dated";
  EXPECT_GE(with_authors * 100, pages * 55) << with_authors << " of " << pages << " with authors";
}

}  // namespace
}  // namespace corroborate
