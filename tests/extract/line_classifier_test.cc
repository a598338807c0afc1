#include "extract/text/line_classifier.h"

#include <gtest/gtest.h>

#include "extract/metadata/byline.h"
#include "extract/metadata/outlet.h"
#include "extract/metadata/title.h"

namespace corroborate {
namespace {

std::string Reason(const std::string& text) {
  std::vector<ScrapeLine> lines = SplitScrape(text);
  if (lines.empty()) return "<empty>";
  auto m = ClassifyLine(lines[0]);
  return m ? m->reason : "";
}

TEST(LineClassifierTest, ChromeVocabulary) {
  EXPECT_EQ(Reason("No Result"), "site navigation");
  EXPECT_EQ(Reason("View All Result"), "site navigation");
  EXPECT_EQ(Reason("Leave a Comment"), "comment form");
  EXPECT_EQ(Reason("Cancel reply"), "comment form");
  EXPECT_EQ(Reason("14 Comments"), "comment form");
  EXPECT_EQ(Reason("Back To Top"), "back-to-top link");
  EXPECT_EQ(Reason("READ MORE \xC2\xBB"), "read-more link");
  EXPECT_EQ(Reason("You may also like"), "related headlines");
  EXPECT_EQ(Reason("Share this article:"), "share buttons");
  EXPECT_EQ(Reason("ADVERTISEMENT"), "advertisement");
  EXPECT_EQ(Reason("We use cookies to improve your experience. Accept all"), "cookie notice");
  EXPECT_EQ(Reason("Sign up for our free morning newsletter"), "newsletter prompt");
  EXPECT_EQ(Reason("\xC2\xA9 2025 Harbor Times. All rights reserved."), "copyright line");
  EXPECT_EQ(Reason("Reporting by Ana Silva; Editing by Mark Bell"), "contributor credit");
  EXPECT_EQ(Reason("The post Ferry strike ends appeared first on Island Daily."),
            "syndication notice");
  EXPECT_EQ(Reason("Photo: Jonas Berg"), "image caption");
}

TEST(LineClassifierTest, ShapeRules) {
  EXPECT_EQ(Reason("Ferry_Strike_Ends_After_Ten_Days"), "file slug");
  EXPECT_EQ(Reason("ferry-strike-ends-after-ten-days"), "file slug");
  EXPECT_EQ(Reason("https://example.org/news/ferry"), "link");
  EXPECT_EQ(Reason("LatestEuropeTop News"), "category menu");
  EXPECT_EQ(Reason("Home News"), "breadcrumb");
  EXPECT_EQ(Reason("News \xC2\xBB Europe \xC2\xBB Baltics"), "breadcrumb");
}

TEST(LineClassifierTest, StoryLinesAreNotChrome) {
  EXPECT_EQ(Reason("LinkedIn and YouTube report record ad sales"), "");
  EXPECT_EQ(Reason("Home prices fall for a third month in the capital"), "");
  EXPECT_EQ(Reason("What is known about the talks"), "");
  EXPECT_EQ(Reason("Readers shared their comments on the plan, and the council said it would "
                   "read more of them before voting."),
            "");
  EXPECT_EQ(Reason("He said the newsletter had lost subscribers since the spring."), "");
}

TEST(LineClassifierTest, SignaturesAndBrands) {
  EXPECT_TRUE(IsRoleLine("Editor"));
  EXPECT_TRUE(IsRoleLine("Senior Correspondent"));
  EXPECT_FALSE(IsRoleLine("The editor said no"));
  EXPECT_TRUE(IsPersonNameLine(SplitScrape("Марія Коваленко")[0]));
  EXPECT_FALSE(IsPersonNameLine(SplitScrape("the rest of it")[0]));
  EXPECT_EQ(BrandFromCopyright("HARBOR TIMES \xC2\xA9 2025"), "HARBOR TIMES");
  EXPECT_EQ(BrandFromCopyright("Copyright 2010-2025 Island Daily. All rights reserved."),
            "Island Daily");
  EXPECT_EQ(BrandFromCopyright("A normal line"), "");
}

TEST(LineClassifierTest, BylinesTitlesAndUris) {
  auto by = ParseByline("By Ana Silva | March 3, 2025");
  ASSERT_TRUE(by.has_value());
  EXPECT_EQ(by->names, "Ana Silva");
  ASSERT_TRUE(by->date.has_value());
  EXPECT_EQ(by->date->timestamp.Iso(), "2025-03-03");
  EXPECT_EQ(ParseByline("By Harshit")->names, "Harshit");
  EXPECT_FALSE(ParseByline("By the end of the day, the ferries were running again.").has_value());
  EXPECT_FALSE(ParseByline("Byzantine walls restored").has_value());
  EXPECT_EQ(TitleKey("Ferry-Strike Ends!"), TitleKey("ferry_strike_ends"));
  EXPECT_TRUE(IsTitleLike(SplitScrape("Ferry strike ends after ten days")[0]));
  EXPECT_FALSE(IsTitleLike(SplitScrape("The strike ended after ten days.")[0]));
  EXPECT_EQ(SiteFromUrl("https://www.reuters.com/world/x?y=1"), "reuters.com");
  EXPECT_EQ(SiteFromUrl("not a url"), "");
  UriParts p = SplitUri("dir/sub/feed.jsonl:17");
  EXPECT_EQ(p.folder, "dir/sub");
  EXPECT_EQ(p.stem, "feed");
  EXPECT_EQ(p.line, "17");
  UriParts record = SplitUri("crawls/news.warc.gz#12");
  EXPECT_EQ(record.folder, "crawls");
  EXPECT_EQ(record.stem, "news.warc");
  EXPECT_EQ(record.line, "12");
}

TEST(LineClassifierTest, BulletsAreStripped) {
  auto lines = SplitScrape("  \xE2\x80\xA2 first point;\n- second point\n-5 degrees overnight\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "first point;");
  EXPECT_TRUE(lines[0].bullet);
  EXPECT_EQ(lines[1].text, "second point");
  EXPECT_EQ(lines[2].text, "-5 degrees overnight");
  EXPECT_FALSE(lines[2].bullet);
}

}  // namespace
}  // namespace corroborate
