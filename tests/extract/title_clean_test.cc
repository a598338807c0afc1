// Site names off page titles, and one headline chosen among the title sources by agreement.
#include "extract/html/title_clean.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

const std::vector<std::string> kSite = {"The Harbour Times"};

std::string Strip(std::string_view title, const std::vector<std::string>& names = kSite,
                  std::string_view host = "harbourtimes.example") {
  return StripSiteName(title, names, host).title;
}

TEST(TitleCleanTest, SuffixesAndPrefixes) {
  EXPECT_EQ(Strip("Ferry operators strike | The Harbour Times"), "Ferry operators strike");
  EXPECT_EQ(Strip("Ferry operators strike - Harbour Times"), "Ferry operators strike");
  EXPECT_EQ(Strip("Ferry operators strike \xE2\x80\x94 HARBOUR TIMES"), "Ferry operators strike");
  EXPECT_EQ(Strip("Harbour Times: Ferry operators strike over fees"),
            "Ferry operators strike over fees");
  EXPECT_EQ(Strip("Ferry operators strike over fees | Business | The Harbour Times"),
            "Ferry operators strike over fees");
  EXPECT_EQ(Strip("Opinion | Ferry operators deserve a fair hearing | The Harbour Times"),
            "Ferry operators deserve a fair hearing");
  EXPECT_EQ(Strip("Opinion: Ferry operators deserve a fair hearing"),
            "Opinion: Ferry operators deserve a fair hearing");  // a colon is the headline's
  CleanedTitle c = StripSiteName("Ferry strike - The Harbour Times", kSite, "");
  EXPECT_EQ(c.site_part, "The Harbour Times");
}

TEST(TitleCleanTest, HostNamesTheSite) {
  EXPECT_EQ(Strip("Dam inspection finds cracks - Valley Post", {}, "www.valleypost.example"),
            "Dam inspection finds cracks");
  EXPECT_EQ(Strip("Dam inspection finds cracks | VALLEYPOST", {}, "valleypost.co.uk"),
            "Dam inspection finds cracks");
}

TEST(TitleCleanTest, DashesInsideHeadlinesStay) {
  EXPECT_EQ(Strip("Kyiv - a city waits for winter", {}, "northwind.example"),
            "Kyiv - a city waits for winter");
  EXPECT_EQ(Strip("Mayor: 'We will rebuild the pier'", kSite), "Mayor: 'We will rebuild the pier'");
  // A headline that starts with the site's name keeps it.
  EXPECT_EQ(Strip("The Harbour Times view on the port: a city at a crossroads", kSite),
            "The Harbour Times view on the port: a city at a crossroads");
  // An unknown short label after a bar goes; after a dash it stays.
  EXPECT_EQ(Strip("Council approves new budget for schools | Lakeside Ledger", {}, ""),
            "Council approves new budget for schools");
  EXPECT_EQ(Strip("Council approves new budget for schools - Lakeside Ledger", {}, ""),
            "Council approves new budget for schools - Lakeside Ledger");
}

TEST(TitleCleanTest, ChooseByAgreement) {
  // JSON-LD says one thing, og:title, h1 and <title> agree on another: agreement wins.
  std::vector<TitleCandidate> c = {{"Ferry strike: what we know", "json-ld", 5},
                                   {"Ferry operators strike over new harbour fees", "og:title", 4},
                                   {"Ferry operators strike over new harbour fees", "h1", 4},
                                   {"Ferry operators strike over new harbour fees", "title", 2}};
  EXPECT_EQ(c[PickTitle(c)].source, "og:title");
  // Alone, the strongest source wins.
  std::vector<TitleCandidate> d = {{"Ferry strike: what we know", "json-ld", 5},
                                   {"Ferry operators strike", "title", 2}};
  EXPECT_EQ(d[PickTitle(d)].source, "json-ld");
}

TEST(TitleCleanTest, TruncatedWinnerGivesWayToFullText) {
  std::vector<TitleCandidate> c = {
      {"Ferry operators strike over new harbour fees as talks with the port\xE2\x80\xA6", "json-ld",
       5},
      {"Ferry operators strike over new harbour fees as talks with the port authority collapse",
       "h1", 4}};
  EXPECT_EQ(c[PickTitle(c)].source, "h1");
  EXPECT_EQ(PickTitle({}), 0u);
  // Cut without an ellipsis (a byte limit): the candidate that continues it wins.
  std::vector<TitleCandidate> d = {
      {"Ferry operators strike over new harbour fees as talks with the", "og:title", 4},
      {"Ferry operators strike over new harbour fees as talks with the port authority collapse",
       "title", 2}};
  EXPECT_EQ(d[PickTitle(d)].source, "title");
}

}  // namespace
}  // namespace corroborate
