// Main-content extraction on hand-written pages: what is kept (paragraphs, headings, lists,
// quotes, in order, with their kinds) and what is dropped (every kind of chrome), plus the
// class/id vocabulary and pages that hold no article.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html/content_vocabulary.h"
#include "extract/html/main_content.h"
#include "html/parser.h"
#include "html_test_pages.h"

namespace corroborate {
namespace {

MainContent Extract(const std::string& html) {
  const html::Document doc = html::Parse(html);
  return ExtractMainContent(doc);
}

std::string AllText(const MainContent& content) {
  std::string all;
  for (const ContentBlock& b : content.blocks) all += b.text + "\n";
  return all;
}

// The index of the first block containing `needle`, or -1.
int Find(const MainContent& content, const std::string& needle) {
  for (size_t i = 0; i < content.blocks.size(); ++i) {
    if (content.blocks[i].text.find(needle) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

TEST(HtmlMainContent, KeepsTheArticleInOrderWithBlockKinds) {
  const MainContent c = Extract(testing::kFloodBarrierPage);
  ASSERT_FALSE(c.blocks.empty());
  const int lead = Find(c, "The city council voted 27 to 4 on Thursday");
  const int second = Find(c, "estimated to cost 84 million euros");
  const int heading = Find(c, "What the plan includes");
  const int item = Find(c, "A steel gate that closes");
  const int quote = Find(c, "rebuild their kitchens a third time");
  const int opposition = Find(c, "Opposition councillors argued");
  const int last = Find(c, "Construction is expected to begin in the autumn");
  ASSERT_GE(lead, 0) << AllText(c);
  EXPECT_LT(lead, second);
  EXPECT_LT(second, heading);
  EXPECT_LT(heading, item);
  EXPECT_LT(item, quote);
  EXPECT_LT(quote, opposition);
  EXPECT_LT(opposition, last);
  EXPECT_EQ(c.blocks[lead].kind, BlockKind::kParagraph);
  EXPECT_EQ(c.blocks[heading].kind, BlockKind::kHeading);
  EXPECT_EQ(c.blocks[item].kind, BlockKind::kListItem);
  EXPECT_EQ(c.blocks[quote].kind, BlockKind::kQuote);
  EXPECT_GE(Find(c, "Raised embankments along both banks"), 0);
  EXPECT_GE(Find(c, "A pumping station beside the ferry terminal"), 0);
  // White space inside a paragraph collapses to single spaces.
  EXPECT_NE(c.blocks[lead].text.find("across the Vell river, three weeks"), std::string::npos)
      << c.blocks[lead].text;
  EXPECT_NE(c.root, html::kNoNode);
}

TEST(HtmlMainContent, DropsEveryKindOfChrome) {
  const MainContent c = Extract(testing::kFloodBarrierPage);
  const std::string all = AllText(c);
  for (const char* chrome : {
           "We use cookies",                  // cookie banner
           "Sport",                           // menu
           "Council approves river barrier",  // the headline (title, not body)
           "Marta Keller",                    // byline and author bio
           "Share on Facebook",               // share bar
           "Residents wade through",          // photo caption
           "Advertisement",                   // ad slot
           "morning briefing",                // newsletter box
           "Sign up for our newsletter",      //
           "Floods",                          // tag list
           "Related stories",                 // related list
           "Insurers brace",                  //
           "My cellar has flooded",           // comments
           "2 comments",                      //
           "Most read",                       // sidebar
           "tram line",                       //
           "All rights reserved",             // footer
           "Hidden text",                     // display:none
           "Script text",                     // script
       }) {
    EXPECT_EQ(all.find(chrome), std::string::npos) << "kept chrome: " << chrome << "\n" << all;
  }
}

TEST(HtmlMainContent, NoArticleOnSectionFrontsAndErrorPages) {
  EXPECT_TRUE(Extract(testing::kSectionFrontPage).blocks.empty())
      << AllText(Extract(testing::kSectionFrontPage));
  EXPECT_TRUE(Extract(testing::kNotFoundPage).blocks.empty())
      << AllText(Extract(testing::kNotFoundPage));
  EXPECT_TRUE(Extract("").blocks.empty());
  EXPECT_TRUE(Extract("<html><body><p>Short.</p></body></html>").blocks.empty());
}

TEST(HtmlMainContent, OldStylePagesWithBreaksAndLayoutTables) {
  const std::string page =
      "<html><body><table><tr><td class=menu><a href=/>Home</a><br><a href=/a>Archive</a></td>"
      "<td class=main><font size=2>"
      "The lighthouse keeper's logbook, found in an attic in Porto Vell, records every ship "
      "that passed the point between 1902 and 1931.<br><br>"
      "Historians at the maritime museum say the entries, written in a neat and careful hand, "
      "fill gaps in the harbour's own records, which burned in 1934.<br><br>"
      "The museum plans to put the logbook on display next spring, after it has been cleaned "
      "and its binding repaired by a conservator."
      "</font></td></tr></table></body></html>";
  const MainContent c = Extract(page);
  ASSERT_EQ(c.blocks.size(), 3u) << AllText(c);
  EXPECT_EQ(c.blocks[0].text.rfind("The lighthouse keeper's logbook", 0), 0u);
  EXPECT_EQ(c.blocks[1].text.rfind("Historians at the maritime museum", 0), 0u);
  EXPECT_EQ(AllText(c).find("Archive"), std::string::npos);
}

TEST(HtmlMainContent, ArticleSplitAroundAnAdSlotIsMergedBack) {
  const std::string part =
      "<p>The regional rail operator said on Monday that night trains between the coast and "
      "the capital would run again from June, after a pause of four years.</p>"
      "<p>Tickets go on sale next month, and sleeper cabins will cost about the same as a "
      "hotel room, the operator's chief executive, Oskar Lind, told reporters.</p>";
  const std::string part2 =
      "<p>Environmental groups welcomed the decision, saying that night trains take cars and "
      "short flights off the busiest routes, and asked for more lines.</p>"
      "<p>The operator said it would decide on a second route, to the northern lakes, once it "
      "had seen how many passengers used the first one this summer.</p>";
  const std::string page = "<html><body><div id=wrap><div class='story-part'>" + part +
                           "</div><div class='ad-wrapper'><p>Advertisement</p></div>"
                           "<div class='story-part'>" +
                           part2 +
                           "</div></div>"
                           "<div class=footer-links><a href=/a>About us</a></div></body></html>";
  const MainContent c = Extract(page);
  EXPECT_GE(Find(c, "night trains between the coast"), 0) << AllText(c);
  EXPECT_GE(Find(c, "Environmental groups welcomed"), 0) << AllText(c);
  EXPECT_GE(Find(c, "northern lakes"), 0) << AllText(c);
  EXPECT_EQ(Find(c, "Advertisement"), -1) << AllText(c);
  EXPECT_EQ(Find(c, "About us"), -1) << AllText(c);
}

TEST(HtmlMainContent, DataTableRowsBecomeOneLineEach) {
  const std::string page =
      "<html><body><article><p>Water levels at the three gauges on the Vell river fell "
      "steadily through the week, the water authority said in its Friday bulletin.</p>"
      "<p>The authority expects levels to return to normal by the middle of next week if "
      "the forecast for dry weather holds, its spokeswoman said.</p>"
      "<table><tr><th>Gauge</th><th>Monday</th><th>Friday</th></tr>"
      "<tr><td>Upper mill</td><td>3.9 m</td><td>2.1 m</td></tr></table>"
      "</article></body></html>";
  const MainContent c = Extract(page);
  const int row = Find(c, "Upper mill");
  ASSERT_GE(row, 0) << AllText(c);
  EXPECT_EQ(c.blocks[row].text, "Upper mill | 3.9 m | 2.1 m");
  EXPECT_EQ(c.blocks[row].kind, BlockKind::kTableRow);
}

TEST(HtmlMainContent, ScriptRenderedPageFallsBackToJsonLdArticleBody) {
  const std::string body =
      "The harbour authority will dredge the eastern channel this winter so that larger "
      "container ships can dock at the new quay, its director said on Tuesday.\\n\\n"
      "Work will start in November and last about ten weeks, during which the ferry to the "
      "islands will use the western berth. Fishermen have asked for compensation for the "
      "weeks in which the channel is closed to small boats.\\n\\n"
      "The quay, built for 140 million euros, opened in the spring but has so far received "
      "only mid-sized vessels, because the channel is too shallow at low tide for the "
      "largest ships, which sail on to ports further north instead. The authority expects the "
      "first of them to call in March.";
  const std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Harbour channel to be dredged\","
      "\"articleBody\":\"" +
      body +
      "\"}</script></head>"
      "<body><div id=\"app\"></div><script>render()</script></body></html>";
  const MainContent c = Extract(page);
  ASSERT_EQ(c.blocks.size(), 3u) << AllText(c);
  EXPECT_EQ(c.blocks[0].text.rfind("The harbour authority will dredge", 0), 0u);
  EXPECT_EQ(c.blocks[2].text.rfind("The quay, built for 140 million euros", 0), 0u);
  // A teaser-length articleBody (cut at 500 characters by many sites) is not an article.
  const std::string teaser =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"The harbour authority will dredge the eastern channel.\"}</script>"
      "</head><body><div id=\"app\"></div></body></html>";
  EXPECT_TRUE(Extract(teaser).blocks.empty());
}

TEST(HtmlMainContent, SurvivesTruncatedAndDeeplyNestedPages) {
  const std::string page = testing::kFloodBarrierPage;
  for (size_t cut = 0; cut < page.size(); cut += 61) {
    const MainContent c = Extract(page.substr(0, cut));
    for (const ContentBlock& b : c.blocks) EXPECT_FALSE(b.text.empty());
  }
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div class=\"c-share\"><span>";
  deep += "<p>A paragraph at the bottom of a very deep tree, with enough words to count.</p>";
  const MainContent c = Extract("<html><body>" + deep + "</body></html>");
  EXPECT_TRUE(c.blocks.empty() || c.blocks.size() == 1);
}

TEST(HtmlContentVocabulary, ClassifiesWordsNotSubstrings) {
  EXPECT_TRUE(ClassifyNames("article-body", "") & kNameBodyHint);
  EXPECT_TRUE(ClassifyNames("", "articleBody") & kNameBodyHint);
  EXPECT_TRUE(ClassifyNames("entry-content clearfix", "") & kNameBodyHint);
  EXPECT_TRUE(ClassifyNames("relatedArticles", "") & kNameBoilerplate);
  EXPECT_TRUE(ClassifyNames("c-share-bar", "") & kNameBoilerplate);
  EXPECT_TRUE(ClassifyNames("", "comments") & kNameComments);
  EXPECT_TRUE(ClassifyNames("most-read", "") & kNameBoilerplate);
  EXPECT_TRUE(ClassifyNames("sr-only", "") & kNameHidden);
  EXPECT_TRUE(ClassifyNames("byline", "") & kNameWeak);
  EXPECT_TRUE(ClassifyNames("wp-caption-text", "") & kNameCaption);
  // Whole words only: an opinion genre, a headline, a hidden label inside a visible field.
  EXPECT_FALSE(ClassifyNames("commentary", "") & kNameComments);
  EXPECT_FALSE(ClassifyNames("headline", "") & (kNameWeak | kNameBoilerplate));
  EXPECT_FALSE(ClassifyNames("field-label-hidden", "") & kNameHidden);
  EXPECT_FALSE(ClassifyNames("badge", "") & kNameBoilerplate);
  // An embedded post is quoted content even when its wrapper says "social".
  EXPECT_FALSE(ClassifyNames("social-media-embed", "") & kNameBoilerplate);
  EXPECT_EQ(ClassifyNames("", ""), kNameNone);
}

}  // namespace
}  // namespace corroborate
