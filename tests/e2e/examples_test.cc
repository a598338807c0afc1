// End-to-end on the shipped example corpus (examples/summit, described in examples/README.md):
// every planted feature must come out of `corroborate brief`.
#include <gtest/gtest.h>

#include <set>

#include "account_file.h"

namespace corroborate::testing {
namespace {

const std::string kExamples = std::string(CORROBORATE_SOURCE_DIR) + "/examples/summit";

class ExamplesEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    run_ = new BriefRun(kExamples);
    account_ = run_->account();
  }
  static void TearDownTestSuite() {
    delete run_;
    run_ = nullptr, account_ = nullptr;
  }
  void SetUp() override {
    ASSERT_EQ(run_->result().exit_code, 0) << run_->result().stderr_text;
    ASSERT_NE(account_, nullptr) << "account.json did not parse";
  }
  simdjson::dom::element Story() { return (*account_)["stories"].at(0).value(); }
  simdjson::dom::element Article(const std::string& id) {
    for (auto a : (*account_)["articles"].get_array()) {
      if (a["id"].get_string().value() == id) return a;
    }
    ADD_FAILURE() << "no article " << id;
    return (*account_)["articles"].at(0).value();
  }
  static std::string Str(simdjson::dom::element e, const char* key) {
    auto v = e[key];
    if (v.error() || v.is_null()) return "";
    return std::string(v.get_string().value());
  }
  // Articles whose evidence text (lower-cased) contains needle, over all evidence of item.
  static std::set<std::string> ArticlesWith(simdjson::dom::element item,
                                            const std::string& needle) {
    std::set<std::string> ids;
    for (auto e : item["evidence"].get_array()) {
      if (Lower(Str(e, "text")).find(needle) != std::string::npos) ids.insert(Str(e, "article"));
    }
    return ids;
  }
  bool Merged(const std::string& a, const std::string& b) { return OneEntityNamed(Story(), a, b); }

  static inline BriefRun* run_ = nullptr;
  static inline simdjson::dom::element* account_ = nullptr;
};

TEST_F(ExamplesEndToEnd, HonoursTheContract) {
  auto violations = ContractViolations(*account_);
  EXPECT_TRUE(violations.empty()) << violations.size() << " violations, first: " << violations[0];
  EXPECT_EQ((*account_)["articles"].get_array().size(), 8u);
}

TEST_F(ExamplesEndToEnd, ChromeIsRemovedWithReasons) {
  const char* chrome[] = {"share this article",
                          "subscribe to our newsletter",
                          "we use cookies",
                          "leave a reply",
                          "required fields are marked",
                          "back to top",
                          "all rights reserved",
                          "home | world",
                          "originally appeared on"};
  for (auto a : (*account_)["articles"].get_array()) {
    std::string text = Lower(Str(a, "text"));
    for (const char* line : chrome) {
      EXPECT_EQ(text.find(line), std::string::npos)
          << "\"" << line << "\" left in " << Str(a, "id");
    }
  }
  EXPECT_GE(Article("02_northern_ledger_report")["removed"].get_array().size(), 10u);
}

TEST_F(ExamplesEndToEnd, MetadataFromTheScrapes) {
  auto report = Article("02_northern_ledger_report");
  EXPECT_EQ(Str(report, "outlet"), Str(Article("01_northern_ledger_preview"), "outlet"));
  EXPECT_EQ(Str(report, "published"), "2026-03-04T09:00+01:00");
  EXPECT_TRUE(report["published_year_inferred"].get_bool().value());
  EXPECT_NE(Str(report, "byline").find("Mirela Hartig"), std::string::npos);
  EXPECT_EQ(Str(Article("06_eastern_observer"), "published").substr(0, 10), "2026-03-03");
  EXPECT_NE(Str(Article("05_daily_courier"), "title").find("Walked Out"), std::string::npos);
  for (auto a : (*account_)["articles"].get_array()) {
    EXPECT_NE(Lower(Str(a, "title")), Lower(Str(a, "outlet"))) << Str(a, "id");
    EXPECT_GT(Str(a, "title").size(), 25u) << Str(a, "id") << ": " << Str(a, "title");
    EXPECT_EQ(Str(a, "language"), "en");
  }
}

TEST_F(ExamplesEndToEnd, SyndicatedCopyIsNotASecondSource) {
  bool found = false;
  for (auto s : Story()["sourcing"].get_array()) {
    if (Str(s, "article") == "04_lakeshore_gazette") {
      EXPECT_EQ(Str(s, "syndicated_from"), "03_meridian_press_agency");
      EXPECT_EQ(Str(s, "group"), "03_meridian_press_agency");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ExamplesEndToEnd, SpellingsAndPlaceNamesMerged) {
  EXPECT_TRUE(Merged("chernetsky", "tchernetski"));
  EXPECT_TRUE(Merged("velgrad", "velhorod"));
}

TEST_F(ExamplesEndToEnd, VerbatimQuoteAlignedAcrossOutlets) {
  bool found = false;
  for (auto q : Story()["quotes"].get_array()) {
    if (Lower(Str(q, "speaker_name")).find("sarkan") == std::string::npos) continue;
    found |= ArticlesWith(q, "not peace yet").size() >= 4;
  }
  EXPECT_TRUE(found);
}

TEST_F(ExamplesEndToEnd, WalkoutClaimAndItsDenialAreOneConflict) {
  int walkout_conflicts = 0;
  for (auto c : Story()["conflicts"].get_array()) {
    if (Str(c, "kind") != "denial") continue;
    std::set<std::string> articles;
    bool mentions = false;
    for (auto side : c["sides"].get_array()) {
      auto with = ArticlesWith(side, "walked out");
      mentions |= !with.empty();
      for (auto e : side["evidence"].get_array()) articles.insert(Str(e, "article"));
    }
    if (!mentions) continue;
    ++walkout_conflicts;
    EXPECT_TRUE(articles.count("05_daily_courier")) << "the asserting outlet is a side";
    EXPECT_GE(articles.size(), 3u);
  }
  EXPECT_EQ(walkout_conflicts, 1);
  bool contested = false;
  for (auto f : Story()["facts"].get_array()) {
    if (Str(f, "status") == "contested" &&
        ArticlesWith(f, "walked out").count("05_daily_courier")) {
      contested = true;
    }
  }
  EXPECT_TRUE(contested);
}

TEST_F(ExamplesEndToEnd, DurationOfTheTalksDisagrees) {
  bool found = false;
  for (auto c : Story()["conflicts"].get_array()) {
    if (Str(c, "kind") != "number") continue;
    bool six = false, four = false;
    for (auto side : c["sides"].get_array()) {
      six |= !ArticlesWith(side, "six hours").empty();
      four |= !ArticlesWith(side, "four hours").empty();
    }
    found |= six && four;
  }
  EXPECT_TRUE(found);
}

TEST_F(ExamplesEndToEnd, PrisonerExchangeConfirmedByThreeIndependentOutlets) {
  bool found = false;
  for (auto f : Story()["facts"].get_array()) {
    if (f["independent_sources"].get_int64().value() >= 3 && ArticlesWith(f, "240").size() >= 3) {
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ExamplesEndToEnd, SingleSourceClaimStaysSingleSource) {
  bool found = false;
  for (auto f : Story()["facts"].get_array()) {
    if (!ArticlesWith(f, "15 kilometres").empty()) {
      EXPECT_EQ(f["independent_sources"].get_int64().value(), 1);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ExamplesEndToEnd, TimelineResolvesTheTalksAndTheSecondRound) {
  bool talks = false, second_round = false;
  for (auto t : Story()["timeline"].get_array()) {
    std::string event = Lower(Str(t, "event"));
    if (Str(t, "date") == "2026-03-03" && event.find("talks") != std::string::npos) talks = true;
    if (Str(t, "date") == "2026-03-17") second_round = true;
  }
  EXPECT_TRUE(talks);
  EXPECT_TRUE(second_round);
}

TEST_F(ExamplesEndToEnd, PreviewOmitsTheOutcome) {
  std::set<std::string> prisoner_facts;
  for (auto f : Story()["facts"].get_array()) {
    if (f["independent_sources"].get_int64().value() >= 3 && ArticlesWith(f, "240").size() >= 3) {
      prisoner_facts.insert(Str(f, "id"));
    }
  }
  for (auto c : Story()["coverage"].get_array()) {
    if (Str(c, "article") != "01_northern_ledger_preview") continue;
    std::set<std::string> omits;
    for (auto o : c["omits"].get_array()) omits.insert(std::string(o.get_string().value()));
    for (const auto& id : prisoner_facts) EXPECT_TRUE(omits.count(id)) << id;
  }
}

TEST_F(ExamplesEndToEnd, RisingCasualtyCountIsAnUpdateNotAConflict) {
  bool found = false;
  for (auto u : Story()["updates"].get_array()) {
    auto steps = u["steps"].get_array();
    if (steps.size() != 2) continue;
    if (Str(steps.at(0).value(), "as_of") == "2026-03-03" &&
        Str(steps.at(1).value(), "as_of") == "2026-03-04" &&
        !ArticlesWith(steps.at(1).value(), "two civilians").empty()) {
      found = true;
    }
  }
  EXPECT_TRUE(found);
  for (auto c : Story()["conflicts"].get_array()) {
    for (auto side : c["sides"].get_array()) {
      EXPECT_TRUE(ArticlesWith(side, "wounded").empty()) << Str(c, "summary");
    }
  }
}

TEST_F(ExamplesEndToEnd, CitingReportCountsUnderTheOutletItCites) {
  bool found = false;
  for (auto f : Story()["facts"].get_array()) {
    for (auto chain : f["support_chains"].get_array()) {
      for (auto link : chain["articles"].get_array()) {
        if (Str(link, "article") == "06_eastern_observer" &&
            Str(link, "via").find("Courier") != std::string::npos) {
          EXPECT_EQ(Str(chain, "source"), "The Daily Courier");
          found = true;
        }
      }
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace corroborate::testing
