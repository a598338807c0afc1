#include "extract/text/site_profile.h"

#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract_test_util.h"

namespace corroborate {
namespace {

using testing::Doc;
using testing::HasLine;
using testing::ReasonFor;

// A sentence two outlets share word for word (a wire story both reprint).
const char kWireSentence[] =
    "The central bank raised its main interest rate by half a point on Thursday, the third "
    "increase this year, citing inflation that has stayed above six percent since spring.";

std::string Page(const std::string& headline, const std::string& body, const std::string& menu) {
  return menu + "\nMarkets Desk Live\n\n" + headline + "\n\n" + body + "\n\n" + kWireSentence +
         "\n\nSubscribe to Markets Desk\nMarkets Desk Live\n";
}

TEST(SiteProfileTest, LinesRepeatedOnPagesOfOneOutletAreChrome) {
  DecodedDocument a =
      Doc("feed.jsonl:1", Page("Bank raises rates again as inflation lingers",
                               "Borrowing costs rose for the third time this year as the bank "
                               "moved to cool prices that have outpaced wages.",
                               "Economy Policy Deals"));
  a.raw.outlet = "Markets Desk";
  DecodedDocument b =
      Doc("feed.jsonl:2", Page("Mortgage lenders brace for higher repayments",
                               "Lenders said monthly repayments on a typical home loan would "
                               "climb by about forty euros after the decision.",
                               "Economy Policy Deals"));
  b.raw.outlet = "Markets Desk";
  DecodedDocument c = Doc("other/gazette.txt",
                          "Rates rise again\n\nSavers welcomed the move, which lifts deposit "
                          "returns for the first time in a decade, analysts said on Thursday.\n\n" +
                              std::string(kWireSentence) + "\n");
  c.raw.url = "https://www.gazette.example/economy/rates";
  auto articles = ExtractArticles({a, b, c}, 2);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(ReasonFor(articles[0], "Economy Policy Deals"), "repeated on 2 pages of Markets Desk");
  EXPECT_EQ(ReasonFor(articles[1], "Subscribe to Markets Desk"), "newsletter prompt");
  EXPECT_EQ(ReasonFor(articles[1], "Markets Desk Live"), "repeated on 2 pages of Markets Desk");
  EXPECT_EQ(articles[0].title, "Bank raises rates again as inflation lingers");
  // The long shared sentence is syndication, not chrome: every copy keeps it.
  for (const Article& art : articles) {
    EXPECT_TRUE(HasLine(art, kWireSentence)) << art.id;
  }
  EXPECT_EQ(articles[2].outlet, "gazette.example");
}

TEST(SiteProfileTest, SiteKeysPreferOutletThenHostThenFolder) {
  DecodedDocument d = Doc("data/in/x.txt", "text");
  EXPECT_EQ(SiteKeyOf(d).id, "folder:data/in");
  EXPECT_FALSE(SiteKeyOf(d).strong);
  d.raw.url = "https://www.Example.com/a/b";
  EXPECT_EQ(SiteKeyOf(d).id, "host:example.com");
  EXPECT_TRUE(SiteKeyOf(d).strong);
  d.raw.outlet = "The Example";
  EXPECT_EQ(SiteKeyOf(d).display, "The Example");
}

TEST(SiteProfileTest, CountsEachPageOnce) {
  SiteProfile profile;
  SiteKey site{"folder:x", "x", false};
  SiteKey other{"folder:y", "y", false};
  std::vector<ScrapeLine> page = SplitScrape("Share\nShare\nTop Stories\n");
  profile.Add(site, page);
  profile.Add(site, SplitScrape("Top Stories\n"));
  EXPECT_EQ(profile.PagesWith(site, page[0].hash), 1);
  EXPECT_EQ(profile.PagesWith(site, page[2].hash), 2);
  EXPECT_EQ(profile.PagesWith(other, page[2].hash), 0);
  EXPECT_EQ(profile.PagesOf(site), 2);
}

TEST(SiteProfileTest, SubheadingsSharedByTwoFolderPagesStay) {
  // Two files in one folder (a weak site key) share a question subheading and a label; the
  // story keeps its subheading, the label outside the story goes.
  const std::string body1 =
      "Officials confirmed on Tuesday that the northern reservoir had dropped below the level at "
      "which pumping to the city must be reduced.";
  const std::string body2 =
      "Engineers began work on Wednesday on a second pipeline meant to bring water from the "
      "lakes to the south by the end of next summer.";
  auto articles = ExtractArticles(
      {Doc("drop/1.txt", "Live Updates Feed\n\nReservoir falls below safe level\n\n" + body1 +
                             "\n\nWhat happens next?\n\n" + body1.substr(0, 60) +
                             " and more was said at a long briefing.\n"),
       Doc("drop/2.txt", "Live Updates Feed\n\nWork starts on second pipeline\n\n" + body2 +
                             "\n\nWhat happens next?\n\n" + body2.substr(0, 60) +
                             " and crews were hired from three regions.\n")},
      1);
  EXPECT_TRUE(HasLine(articles[0], "What happens next?"));
  EXPECT_TRUE(HasLine(articles[1], "What happens next?"));
  EXPECT_EQ(ReasonFor(articles[1], "Live Updates Feed"), "repeated on 2 pages of drop");
}

TEST(SiteProfileTest, ReprintInTheSameFolderKeepsItsHeadline) {
  // A folder holds an original and a reprint by another site: same headline and standfirst.
  const std::string story =
      "Ferry operators agree to restore winter timetable\n\n"
      "The deal ends a month of cancellations on the island routes\n\n"
      "Ferry operators and the regional government agreed on Friday to restore the full winter "
      "timetable from next week, ending a month of cancellations that had cut the islands off.\n";
  auto articles = ExtractArticles(
      {Doc("mixed/original.txt", "Island Courier\n\n" + story),
       Doc("mixed/reprint.txt", "Coastal Digest\n\n" + story +
                                    "\nThe post Ferry operators agree to restore winter "
                                    "timetable appeared first on Island Courier.\n")},
      2);
  for (const Article& a : articles) {
    EXPECT_EQ(a.title, "Ferry operators agree to restore winter timetable") << a.id;
    EXPECT_TRUE(HasLine(a, "The deal ends a month of cancellations on the island routes")) << a.id;
  }
  EXPECT_EQ(ReasonFor(articles[1],
                      "The post Ferry operators agree to restore winter timetable "
                      "appeared first on Island Courier."),
            "syndication notice");
}

}  // namespace
}  // namespace corroborate
