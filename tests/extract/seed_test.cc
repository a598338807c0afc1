// Extracts the five real scrapes in ../shared/seeds as one batch. The seed text is read at run
// time (never copied here); the expectations are about chrome and structure.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/strings.h"
#include "extract/extract.h"
#include "extract_test_util.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;
using testing::HasLine;

struct Seeds {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> lines;  // non-blank, collapsed
  std::vector<Article> articles;
};

const Seeds* LoadSeeds() {
  static Seeds* seeds = [] {
    const fs::path dir = fs::path(CORROBORATE_SHARED_DIR) / "seeds";
    if (!fs::is_directory(dir)) return static_cast<Seeds*>(nullptr);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    auto* s = new Seeds;
    std::vector<DecodedDocument> docs;
    for (const fs::path& p : files) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string content = ss.str();
      docs.push_back(testing::Doc(p.string(), content));
      s->names.push_back(p.filename().string());
      std::vector<std::string> lines;
      for (std::string_view l : SplitLines(content)) {
        std::string c = CollapseWhitespace(l);
        if (!c.empty()) lines.push_back(c);
      }
      s->lines.push_back(std::move(lines));
    }
    s->articles = ExtractArticles(std::move(docs), 2);
    return s;
  }();
  return seeds;
}

#define REQUIRE_SEEDS()                                                           \
  const Seeds* seeds = LoadSeeds();                                               \
  if (seeds == nullptr || seeds->articles.size() < 5) {                           \
    GTEST_SKIP() << "seed scrapes not found in " CORROBORATE_SHARED_DIR "/seeds"; \
  }

TEST(SeedTest, NoChromeSurvives) {
  REQUIRE_SEEDS();
  const std::vector<std::string> chrome = {
      "No Result",
      "View All Result",
      "Home News",
      "Leave a Reply",
      "Leave a Comment",
      "Your email address will not be published. Required fields are marked *",
      "Back to top button",
      "Back To Top",
      "Reading now",
      "Read more",
      "Related Articles",
      "in News",
      "Editor",
      "News"};
  for (const Article& a : seeds->articles) {
    for (const std::string& c : chrome) EXPECT_FALSE(HasLine(a, c)) << a.id << ": " << c;
    EXPECT_EQ(a.text.find("\xC2\xA9"), std::string::npos) << a.id;
    EXPECT_EQ(a.text.find("contributed to this report"), std::string::npos) << a.id;
    EXPECT_EQ(a.text.find("appeared first on"), std::string::npos) << a.id;
    EXPECT_EQ(a.text.find("\n\n"), std::string::npos) << a.id;
    EXPECT_EQ(a.language, "en") << a.id;
  }
}

TEST(SeedTest, EveryStoryParagraphSurvives) {
  REQUIRE_SEEDS();
  for (size_t d = 0; d < seeds->articles.size(); ++d) {
    const Article& a = seeds->articles[d];
    int checked = 0;
    for (const std::string& line : seeds->lines[d]) {
      // The related-story teasers after the story end in "..."; everything else this long is
      // story text.
      if (line.size() > 200 && !EndsWith(line, "...")) {
        EXPECT_TRUE(HasLine(a, line)) << seeds->names[d] << ": " << line.substr(0, 60);
        ++checked;
      }
    }
    EXPECT_GE(checked, 3) << seeds->names[d];
  }
}

TEST(SeedTest, TitlesAreTheHeadlines) {
  REQUIRE_SEEDS();
  // Index of the headline among each seed's non-blank lines (above it: captions, slugs, menus).
  const size_t headline_index[] = {1, 0, 1, 8, 1};
  for (size_t d = 0; d < 5; ++d) {
    const Article& a = seeds->articles[d];
    ASSERT_GT(seeds->lines[d].size(), headline_index[d]);
    const std::string& headline = seeds->lines[d][headline_index[d]];
    EXPECT_EQ(a.title, headline) << seeds->names[d];
    EXPECT_EQ(a.text.compare(0, headline.size() + 1, headline + "\n"), 0) << seeds->names[d];
    // Nothing above the headline survives (caption, slug, menus).
    for (size_t i = 0; i < headline_index[d]; ++i) {
      EXPECT_FALSE(HasLine(a, seeds->lines[d][i])) << seeds->names[d] << ": " << seeds->lines[d][i];
    }
  }
}

TEST(SeedTest, MetadataAndRemovedLines) {
  REQUIRE_SEEDS();
  const auto& arts = seeds->articles;
  // 000: "By <name>" byline and a yearless dateline with an EDT time.
  std::string by_line;
  for (const std::string& l : seeds->lines[0]) {
    if (StartsWith(l, "By ")) by_line = l;
  }
  ASSERT_FALSE(by_line.empty());
  EXPECT_EQ(arts[0].byline, by_line.substr(3));
  EXPECT_EQ(arts[0].id, "000_4a0a0027b62c6131");
  EXPECT_EQ(arts[0].published.Iso(), "2025-12-03T08:00-04:00");
  EXPECT_EQ(arts[0].published.zone, "EDT");
  EXPECT_TRUE(arts[0].published.year_inferred);
  EXPECT_EQ(arts[0].sources.at("published"), "dateline, year inferred from other articles");
  EXPECT_EQ(arts[1].published.Iso(), "2025-12-03T04:53");
  EXPECT_TRUE(arts[1].published.year_inferred);
  EXPECT_EQ(arts[3].published.Iso(), "2025-12-02");
  EXPECT_FALSE(arts[3].published.year_inferred);
  EXPECT_FALSE(arts[2].published.valid());  // its only date is inside a sentence

  // 001: the bullet items stay, without their glyph.
  int bullets = 0;
  for (const std::string& l : seeds->lines[1]) {
    if (StartsWith(l, "\xE2\x80\xA2 ")) {
      EXPECT_TRUE(HasLine(arts[1], l.substr(4))) << l;
      ++bullets;
    }
  }
  EXPECT_EQ(bullets, 3);

  // 003: the syndication notice is recorded with the reason the sourcing stage reads; every line
  // after it (related headlines, footer) is gone.
  bool notice = false;
  for (const RemovedLine& r : arts[3].removed) {
    if (r.text.find("appeared first on") != std::string::npos) {
      EXPECT_EQ(r.reason, "syndication notice");
      notice = true;
    }
  }
  EXPECT_TRUE(notice);
  const auto& l3 = seeds->lines[3];
  auto it = std::find_if(l3.begin(), l3.end(), [](const std::string& l) {
    return l.find("appeared first on") != std::string::npos;
  });
  ASSERT_NE(it, l3.end());
  for (++it; it != l3.end(); ++it) EXPECT_FALSE(HasLine(arts[3], *it)) << *it;
  EXPECT_EQ(arts[3].sources.at("outlet"), "site name line");  // masthead, as in its © line

  // Every removed line has a reason.
  for (const Article& a : arts) {
    for (const RemovedLine& r : a.removed) EXPECT_FALSE(r.reason.empty()) << r.text;
  }
}

}  // namespace
}  // namespace corroborate
