#include "extract/extract.h"

#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace corroborate {
namespace {

using testing::Doc;
using testing::HasLine;
using testing::ReasonFor;

// An invented story wrapped in typical template chrome.
const char kHarbourScrape[] =
    "harbour cranes idle\n"
    "\n"
    "Valmora Dockworkers Walk Out Over Pay, Freezing Grain Exports\n"
    "\n"
    "By Lena Ortiz and Tomas Reyes\n"
    "VALMORA \xE2\x80\x94 MARCH 9 , 7 AM CET\n"
    "\n"
    "Thousands of dockworkers at the port of Valmora walked off the job on Monday, halting grain "
    "shipments that feed much of the region and deepening a dispute over wages that has simmered "
    "since the autumn.\n"
    "\n"
    "The union said its members had rejected a final offer of a four percent raise, calling it "
    "\xE2\x80\x9C"
    "an insult to people who kept the port open through two winters.\xE2\x80\x9D\n"
    "\n"
    "What the union wants\n"
    "\n"
    "  \xE2\x80\xA2 a nine percent raise over two years;\n"
    "  \xE2\x80\xA2 an end to rolling night shifts;\n"
    "\n"
    "Port officials warned that every day of the strike would cost exporters millions and said "
    "talks could resume as early as Wednesday if the union agreed to mediation.\n"
    "\n"
    "Karin Holm contributed to this report.\n"
    "\n"
    "Related Articles\n"
    "Rail freight rates climb as winter storms close northern lines\n"
    "March 8, 2025\n"
    "Fishing fleet returns early after record catch\n"
    "March 7, 2025\n"
    "\n"
    "Leave a Reply\n"
    "\n"
    "Your email address will not be published. Required fields are marked *\n"
    "\n"
    "Back to top button\n";

TEST(ExtractTest, CleansChromeAroundAStory) {
  auto articles = ExtractArticles({Doc("scrapes/harbour/001_port.txt", kHarbourScrape)}, 1);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Valmora Dockworkers Walk Out Over Pay, Freezing Grain Exports");
  EXPECT_EQ(a.byline, "Lena Ortiz and Tomas Reyes");
  EXPECT_EQ(a.id, "001_port");
  EXPECT_EQ(a.uri, "scrapes/harbour/001_port.txt");
  EXPECT_EQ(a.charset, "UTF-8");
  // The headline is the first line; subheading and bullets (glyph stripped) stay in the story.
  EXPECT_EQ(a.text.substr(0, a.title.size()), a.title);
  EXPECT_TRUE(HasLine(a, "What the union wants"));
  EXPECT_TRUE(HasLine(a, "a nine percent raise over two years;"));
  EXPECT_TRUE(HasLine(a, "an end to rolling night shifts;"));
  EXPECT_EQ(a.text.find("\n\n"), std::string::npos);
  EXPECT_EQ(a.text.find("  "), std::string::npos);
  EXPECT_EQ(ReasonFor(a, "harbour cranes idle"), "image caption");
  EXPECT_EQ(ReasonFor(a, "By Lena Ortiz and Tomas Reyes"), "byline");
  EXPECT_EQ(ReasonFor(a, "VALMORA \xE2\x80\x94 MARCH 9 , 7 AM CET"), "dateline");
  EXPECT_EQ(ReasonFor(a, "Karin Holm contributed to this report."), "contributor credit");
  EXPECT_EQ(ReasonFor(a, "Related Articles"), "related headlines");
  EXPECT_EQ(ReasonFor(a, "Rail freight rates climb as winter storms close northern lines"),
            "related headlines");
  EXPECT_EQ(ReasonFor(a, "March 8, 2025"), "related headlines");
  EXPECT_EQ(ReasonFor(a, "Leave a Reply"), "comment form");
  EXPECT_EQ(ReasonFor(a, "Your email address will not be published. Required fields are marked *"),
            "comment form");
  EXPECT_EQ(ReasonFor(a, "Back to top button"), "back-to-top link");
  EXPECT_FALSE(HasLine(a, "Fishing fleet returns early after record catch"));
  // No year in the dateline and nothing else in the batch: the clock's year, not in the future.
  EXPECT_TRUE(a.published.year_inferred);
  EXPECT_EQ(a.published.zone, "CET");
  EXPECT_EQ(a.published.utc_offset_minutes, 60);
  EXPECT_EQ(a.published.hour, 7);
  EXPECT_EQ(a.sources.at("published"), "dateline, year inferred from the clock");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.outlet, "001_port");
  EXPECT_EQ(a.sources.at("outlet"), "file name");
}

TEST(ExtractTest, SyndicationNoticeAndRelatedTail) {
  const std::string text =
      "THE LEDGER\n"
      "Search\n"
      "THE LEDGER\n"
      "Home World\n"
      "\n"
      "Drought forces rationing in three southern provinces\n"
      "\n"
      "August 14, 2024\n"
      "in World\n"
      "Drought forces rationing in three southern provinces\n"
      "\n"
      "Water authorities in three southern provinces began rationing supplies on Wednesday after "
      "the driest summer in four decades left reservoirs at a fifth of their capacity.\n"
      "\n"
      "Farmers said the cuts would ruin the autumn harvest, and several towns have already set up "
      "tanker deliveries for schools and hospitals.\n"
      "\n"
      "The post Drought forces rationing in three southern provinces appeared first on Harbor "
      "Times.\n"
      "\n"
      "Storm damage closes coastal highway for a week\n"
      "News\n"
      "by Coastal Wire\n"
      "August 14, 2024\n"
      "Officials said crews were working around the clock to clear ...\n"
      "Read more\n"
      "\n"
      "THE LEDGER \xC2\xA9 2024\n";
  auto articles = ExtractArticles({Doc("in/ledger_7.txt", text)}, 1);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Drought forces rationing in three southern provinces");
  EXPECT_EQ(ReasonFor(a,
                      "The post Drought forces rationing in three southern provinces appeared "
                      "first on Harbor Times."),
            "syndication notice");
  EXPECT_EQ(ReasonFor(a, "Storm damage closes coastal highway for a week"), "related headlines");
  EXPECT_EQ(ReasonFor(a, "by Coastal Wire"), "related headlines");
  EXPECT_EQ(ReasonFor(a, "Read more"), "read-more link");
  EXPECT_EQ(ReasonFor(a, "THE LEDGER \xC2\xA9 2024"), "copyright line");
  EXPECT_EQ(ReasonFor(a, "THE LEDGER"), "site name");
  EXPECT_EQ(ReasonFor(a, "Search"), "site navigation");
  EXPECT_EQ(ReasonFor(a, "Home World"), "breadcrumb");
  EXPECT_EQ(ReasonFor(a, "in World"), "category label");
  EXPECT_EQ(ReasonFor(a, "August 14, 2024"), "dateline");
  EXPECT_EQ(a.published.Iso(), "2024-08-14");
  EXPECT_FALSE(a.published.year_inferred);
  EXPECT_EQ(a.sources.at("published"), "dateline");
  // Exactly one copy of the headline, at the top.
  EXPECT_EQ(a.text.find("Drought forces"), 0u);
  EXPECT_EQ(a.text.find("Drought forces", 1), std::string::npos);
  EXPECT_EQ(ReasonFor(a, "Drought forces rationing in three southern provinces"),
            "duplicate title");
  EXPECT_EQ(a.outlet, "THE LEDGER");
  EXPECT_EQ(a.sources.at("outlet"), "site name line");  // the masthead, confirmed by the ©
  EXPECT_TRUE(HasLine(a,
                      "Farmers said the cuts would ruin the autumn harvest, and several towns "
                      "have already set up tanker deliveries for schools and hospitals."));
}

TEST(ExtractTest, SlugEditorSignatureAndReadingNow) {
  const std::string text =
      "Bridge_Collapse_Inquiry_Opens\n"
      "\n"
      "Inquiry opens into collapse of the Narva river bridge\n"
      "\n"
      "5 May 11:20\n"
      "\n"
      "A public inquiry into the collapse of the Narva river bridge opened on Monday, with "
      "engineers expected to testify that warning signs were reported years before the "
      "accident.\n"
      "\n"
      "Relatives of the victims filled the hearing room and demanded that those responsible be "
      "named before the end of the year.\n"
      "\n"
      "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBE\xD1\x80\xD0\xB5"
      "\xD0\xBD\xD0\xBA\xD0\xBE\n"
      "Editor\n"
      "\n"
      "Reading now\n";
  auto articles = ExtractArticles({Doc("x/bridge.txt", text)}, 1);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Inquiry opens into collapse of the Narva river bridge");
  EXPECT_EQ(ReasonFor(a, "Bridge_Collapse_Inquiry_Opens"), "file slug");
  EXPECT_EQ(ReasonFor(a, "Editor"), "editor signature");
  EXPECT_EQ(ReasonFor(a,
                      "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xA1\xD0\xB8\xD0\xB4\xD0"
                      "\xBE\xD1\x80\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xBE"),
            "editor signature");
  EXPECT_EQ(ReasonFor(a, "Reading now"), "read-more link");
  EXPECT_EQ(ReasonFor(a, "5 May 11:20"), "dateline");
  EXPECT_EQ(a.published.date.month, 5);
  EXPECT_EQ(a.published.hour, 11);
  EXPECT_EQ(a.published.minute, 20);
  EXPECT_EQ(a.text.find("Editor"), std::string::npos);
}

TEST(ExtractTest, StandfirstAndUnpunctuatedSubheadingsStay) {
  const std::string text =
      "WorldBusinessTop Stories\n"
      "\n"
      "City council approves budget after marathon session\n"
      "\n"
      "The spending plan includes a new tram line but cuts library hours, and the mayor said "
      "she would\n"
      "\n"
      "After fourteen hours of debate, the city council approved next year's budget shortly "
      "before dawn on Friday by a vote of 31 to 24.\n"
      "\n"
      "A tram line, at last\n"
      "\n"
      "The largest single item is a light-rail line linking the northern suburbs to the "
      "central station, which planners say will carry 40,000 passengers a day.\n";
  auto articles = ExtractArticles({Doc("a/council.txt", text)}, 1);
  const Article& a = articles[0];
  EXPECT_EQ(ReasonFor(a, "WorldBusinessTop Stories"), "category menu");
  EXPECT_TRUE(HasLine(a,
                      "The spending plan includes a new tram line but cuts library hours, and "
                      "the mayor said she would"));
  EXPECT_TRUE(HasLine(a, "A tram line, at last"));
  EXPECT_EQ(a.removed.size(), 1u);
  EXPECT_FALSE(a.published.valid());
  EXPECT_EQ(a.sources.count("published"), 0u);
}

TEST(ExtractTest, JsonlMetadataWins) {
  DecodedDocument d = Doc("feeds/wire.jsonl:17",
                          "Ministers agree on fishing quotas\n"
                          "Ministers from the five coastal states agreed on Thursday to cut cod "
                          "quotas by a tenth next year, ending months of talks.\n");
  d.raw.title = "Ministers agree on fishing quotas";
  d.raw.outlet = "Northern Wire";
  d.raw.url = "https://www.example-news.org/2025/fish";
  d.raw.published = "2025-06-12T09:30:00+02:00";
  DecodedDocument e = Doc("feeds/wire.jsonl:18", "Short note without a headline.\n");
  e.raw.url = "https://m.example-news.org/2025/note";
  e.raw.published = "12 June";
  auto articles = ExtractArticles({d, e}, 2);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "wire-17");
  EXPECT_EQ(a.title, "Ministers agree on fishing quotas");
  EXPECT_EQ(a.sources.at("title"), "jsonl");
  EXPECT_EQ(a.outlet, "Northern Wire");
  EXPECT_EQ(a.sources.at("outlet"), "jsonl");
  EXPECT_EQ(a.url, "https://www.example-news.org/2025/fish");
  EXPECT_EQ(a.published.Iso(), "2025-06-12T09:30+02:00");
  EXPECT_EQ(a.sources.at("published"), "jsonl");
  EXPECT_EQ(a.text.find("Ministers agree on fishing quotas\nMinisters from"), 0u);
  const Article& b = articles[1];
  EXPECT_EQ(b.id, "wire-18");
  EXPECT_EQ(b.outlet, "example-news.org");
  EXPECT_EQ(b.sources.at("outlet"), "url");
  EXPECT_EQ(b.published.Iso(), "2025-06-12");
  EXPECT_TRUE(b.published.year_inferred);
  EXPECT_EQ(b.sources.at("published"), "jsonl, year inferred from other articles");
  EXPECT_EQ(b.text, "Short note without a headline.");
  EXPECT_TRUE(b.title.empty());
}

TEST(ExtractTest, IdsAreUniqueAndOrderIsKept) {
  DecodedDocument a = Doc("one/report.txt", "First report about the harvest in the valley.\n");
  DecodedDocument b = Doc("two/report.txt", "Second report about the harvest in the hills.\n");
  DecodedDocument c = Doc("three/report.txt", "Third report about the harvest on the coast.\n");
  c.raw.id = "report";
  auto articles = ExtractArticles({a, b, c}, 3);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id, "report");
  EXPECT_EQ(articles[1].id, "report-2");
  EXPECT_EQ(articles[2].id, "report-3");
  EXPECT_EQ(articles[1].uri, "two/report.txt");
}

TEST(ExtractTest, EmptyAndHostileInputDoNotCrash) {
  std::string junk;
  for (int i = 0; i < 4000; ++i) junk += "\xE2\x80\x94 12:\n";
  junk += std::string(100000, 'a');
  auto articles = ExtractArticles({Doc("", ""), Doc("j/junk.txt", junk), Doc("-", "\n\n\n")}, 2);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_TRUE(articles[0].text.empty());
  EXPECT_EQ(articles[0].language, "und");
  EXPECT_NE(articles[0].id, articles[2].id);
}

}  // namespace
}  // namespace corroborate
