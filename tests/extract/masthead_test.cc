// Site chrome around the headline and in the page furniture: mastheads, slogans, menus with and
// without separators, labelled share rows, widgets, bylines with roles, outlet names.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/outlet.h"
#include "extract/text/line_classifier.h"
#include "extract/text/scrape_lines.h"
#include "extract_test_util.h"

namespace corroborate {
namespace {

using testing::Doc;
using testing::HasLine;
using testing::ReasonFor;

std::string Reason(const std::string& text) {
  std::vector<ScrapeLine> lines = SplitScrape(text);
  if (lines.empty()) return "<empty>";
  auto m = ClassifyLine(lines[0]);
  return m ? m->reason : "";
}

const char kBody[] =
    "Harbour pilots in Ostmark walked off the job on Thursday morning, leaving eleven cargo ships "
    "anchored outside the port as talks over night-shift pay broke down for the third time.\n"
    "\n"
    "The pilots' union said its members would not return until the port authority restored the "
    "allowance it cut in January, which officials said cost the port two million a year.\n"
    "\n"
    "\"We have waited four months for an answer,\" union secretary Lotte Brand told reporters "
    "at the harbour gate, adding that the strike would last at least until Monday.\n";

TEST(MenuTest, PipeAndGapMenus) {
  EXPECT_EQ(Reason("Front Page | Regions | Farming | Weather | Letters | e-Paper"), "menu");
  EXPECT_EQ(Reason("Start   Regions   Farming   Markets   Letters"), "menu");
  EXPECT_EQ(Reason("Sign in\t\tCreate account"), "");  // "create account" is no chrome word
  EXPECT_EQ(Reason("Log in    Register"), "site navigation");
  EXPECT_EQ(Reason("Facebook   Twitter   Print"), "share buttons");
  EXPECT_EQ(Reason("Share this story: Facebook | X | Telegram | Email"), "share buttons");
  // Prose with double spaces after full stops is not a menu.
  EXPECT_EQ(Reason("The pilots struck.  The port closed.  Ships waited offshore."), "");
  EXPECT_EQ(Reason("Oil | Gas | Power prices rose sharply on Monday after the outage."), "");
}

TEST(MenuTest, GapsSurviveBullets) {
  std::vector<ScrapeLine> lines = SplitScrape("\xE2\x80\xA2 Start   Regions   Farming");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "Start Regions Farming");
  std::vector<std::string_view> items = GapItems(lines[0]);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1], "Regions");
}

TEST(WidgetTest, BannersPromptsAndLabels) {
  EXPECT_EQ(Reason("This website uses cookies to make browsing smoother. Got it!"),
            "cookie notice");
  EXPECT_EQ(Reason("Our site stores cookies on your device. [OK]"), "cookie notice");
  EXPECT_EQ(Reason("Read also: Ferry timetable changes from May"), "read-more link");
  EXPECT_EQ(Reason("RELATED: Port budget approved \xE2\x80\x94 May 2, 2025"), "related headlines");
  EXPECT_EQ(Reason("More from Regional News"), "related headlines");
  EXPECT_EQ(Reason("Popular"), "related headlines");
  EXPECT_EQ(Reason("Get the Harbour Digest every Friday."), "newsletter prompt");
  EXPECT_EQ(Reason("Comments (14)"), "comment form");
  EXPECT_EQ(Reason("Our Standards: The Harbour Trust Charter."), "editorial policy link");
  EXPECT_EQ(Reason("(Reporting by Ida Lund; Editing by Piet Ros)"), "contributor credit");
  EXPECT_EQ(Reason("Weather: 12\xC2\xB0"
                   "C, sunny spells"),
            "weather widget");
  EXPECT_EQ(Reason("BREAKING NEWS"), "section label");
  EXPECT_EQ(Reason("Pilots wait at the harbour gate on Thursday. HPA/Nils Ek"), "image caption");
  EXPECT_EQ(Reason("Pilots wait at the gate. Photograph: Port Pictures"), "image caption");
  // Story sentences that merely share words stay.
  EXPECT_EQ(Reason("Get the facts first, the union secretary said on Monday."), "");
  EXPECT_EQ(Reason("Weather: the main risk for the harbour this week"), "");
}

TEST(BylineTest, RolesOrganisationsAndPlacesGo) {
  EXPECT_EQ(ParseByline("By Ida Lund in Ostmark")->names, "Ida Lund");
  EXPECT_EQ(ParseByline("By Ida Lund, Harbour Press Agency")->names, "Ida Lund");
  EXPECT_EQ(ParseByline("By Ida Lund, Senior Maritime Correspondent")->names, "Ida Lund");
  EXPECT_EQ(ParseByline("By Ida Lund, Reuters")->names, "Ida Lund");
  EXPECT_EQ(ParseByline("By Ida Lund, Piet Ros and Nils Ek")->names,
            "Ida Lund, Piet Ros and Nils Ek");
  EXPECT_EQ(ParseByline("By Ida Lund and Piet Ros")->names, "Ida Lund and Piet Ros");
}

TEST(OutletNameTest, SuffixesAndKeys) {
  EXPECT_EQ(StripCorporateSuffix("Harbour Herald Media Group"), "Harbour Herald");
  EXPECT_EQ(StripCorporateSuffix("Ostmark Times Media Ltd."), "Ostmark Times");
  EXPECT_EQ(StripCorporateSuffix("Media Group"), "Media");  // never to nothing
  EXPECT_EQ(OutletKey("THE OSTMARK TIMES"), OutletKey("Ostmark Times Media Ltd"));
  EXPECT_NE(OutletKey("Ostmark Times"), OutletKey("Ostmark Herald"));
  EXPECT_EQ(BrandFromCopyright("The Harbour Herald. All materials are protected by copyright. "
                               "Reprints only with a link."),
            "The Harbour Herald");
}

TEST(MastheadTest, AllCapsSiteNameIsNotTheHeadline) {
  const std::string text = std::string("OSTMARK TIMES\n") +
                           "Front Page | Regions | Farming | Weather | Letters\n"
                           "BREAKING NEWS\n"
                           "Harbour pilots strike over night-shift pay\n"
                           "Ships are stuck offshore as the third round of talks fails\n"
                           "By Ida Lund in Ostmark\n" +
                           kBody +
                           "\n\xC2\xA9 2025 Ostmark Times Media Ltd. All rights reserved.\n";
  const Article a = ExtractArticles({Doc("in/times.txt", text)}, 1)[0];
  EXPECT_EQ(a.title, "Harbour pilots strike over night-shift pay");
  EXPECT_EQ(ReasonFor(a, "OSTMARK TIMES"), "site name");
  EXPECT_EQ(ReasonFor(a, "Front Page | Regions | Farming | Weather | Letters"), "menu");
  EXPECT_EQ(ReasonFor(a, "BREAKING NEWS"), "section label");
  EXPECT_EQ(a.byline, "Ida Lund");
  EXPECT_EQ(a.outlet, "Ostmark Times");
  EXPECT_EQ(a.sources.at("outlet"), "site name line");
  // The standfirst is story text.
  EXPECT_TRUE(HasLine(a, "Ships are stuck offshore as the third round of talks fails"));
}

TEST(MastheadTest, SiteNameAndSloganAboveTheMenu) {
  const std::string text = std::string("HARBOUR HERALD\n") +
                           "Your coastal paper since 1921\n"
                           "Front Page | Regions | Farming | Weather | Letters\n"
                           "REGIONS\n"
                           "Pilots strike leaves eleven ships waiting offshore\n" +
                           kBody + "\n\xC2\xA9 2025 Harbour Herald Media Group\n";
  const Article a = ExtractArticles({Doc("in/herald.txt", text)}, 1)[0];
  EXPECT_EQ(a.title, "Pilots strike leaves eleven ships waiting offshore");
  EXPECT_EQ(ReasonFor(a, "HARBOUR HERALD"), "site name");
  EXPECT_EQ(ReasonFor(a, "Your coastal paper since 1921"), "site slogan");
  EXPECT_EQ(ReasonFor(a, "REGIONS"), "section label above the headline");
  EXPECT_EQ(a.outlet, "Harbour Herald");
}

TEST(MastheadTest, MixedCaseSiteNameMatchingTheCopyrightLine) {
  const std::string text = std::string("The Ostmark Courier\n") +
                           "Start   Regions   Farming   Markets   Letters\n"
                           "Pilots walk out as port pay talks collapse\n" +
                           kBody +
                           "\nThe Ostmark Courier. All materials are protected by copyright.\n";
  const Article a = ExtractArticles({Doc("in/courier.txt", text)}, 1)[0];
  EXPECT_EQ(a.title, "Pilots walk out as port pay talks collapse");
  EXPECT_EQ(ReasonFor(a, "The Ostmark Courier"), "site name");
  EXPECT_EQ(ReasonFor(a, "Start Regions Farming Markets Letters"), "menu");
  EXPECT_EQ(a.outlet, "The Ostmark Courier");
}

TEST(MastheadTest, LoneCandidateStaysTheHeadline) {
  // An all-caps headline with nothing headline-shaped below it is the headline.
  const std::string text = std::string("PILOTS STRIKE AT OSTMARK PORT\n") + kBody;
  const Article a = ExtractArticles({Doc("in/caps.txt", text)}, 1)[0];
  EXPECT_EQ(a.title, "PILOTS STRIKE AT OSTMARK PORT");
  EXPECT_TRUE(HasLine(a, "PILOTS STRIKE AT OSTMARK PORT"));
}

}  // namespace
}  // namespace corroborate
