// End-to-end on the five real scrapes in ../shared/seeds (reports of the 2 December 2025
// Kremlin talks). Their text is read at run time and never copied into the project; without
// ../shared the suite skips these tests with a message.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "account_file.h"

namespace corroborate::testing {
namespace {

const std::string kSeeds = std::string(CORROBORATE_SHARED_DIR) + "/seeds";

class SeedsEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::is_directory(kSeeds)) return;
    run_ = new BriefRun(kSeeds);
    account_ = run_->account();
  }
  static void TearDownTestSuite() {
    delete run_;
    run_ = nullptr, account_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::is_directory(kSeeds)) {
      GTEST_SKIP() << kSeeds << " is absent: the seed end-to-end tests need ../shared/seeds";
    }
    ASSERT_EQ(run_->result().exit_code, 0) << run_->result().stderr_text;
    ASSERT_NE(account_, nullptr) << "account.json did not parse";
  }
  simdjson::dom::element Story() { return (*account_)["stories"].at(0).value(); }

  bool Merged(const std::string& a, const std::string& b) { return OneEntityNamed(Story(), a, b); }

  static inline BriefRun* run_ = nullptr;
  static inline simdjson::dom::element* account_ = nullptr;
};

TEST_F(SeedsEndToEnd, HonoursTheContract) {
  auto violations = ContractViolations(*account_);
  EXPECT_TRUE(violations.empty()) << violations.size() << " violations, first: " << violations[0];
  EXPECT_EQ((*account_)["articles"].get_array().size(), 5u);
}

TEST_F(SeedsEndToEnd, MergesSpellingVariantsAndPlaceNames) {
  EXPECT_TRUE(Merged("witkoff", "vitkoff"));
  EXPECT_TRUE(Merged("zelensky", "zelenskyy"));
  EXPECT_TRUE(Merged("pokrovsk", "krasnoarmeysk"));
}

TEST_F(SeedsEndToEnd, TimelineHasTheMeetingOfTheSecondOfDecember) {
  bool found = false;
  for (auto t : Story()["timeline"].get_array()) {
    std::string event = Lower(std::string(t["event"].get_string().value()));
    if (t["date"].get_string().value() == "2025-12-02" &&
        (event.find("talks") != std::string::npos || event.find("meeting") != std::string::npos)) {
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsEndToEnd, FiveHourMeetingConfirmedByFourOutlets) {
  bool found = false;
  for (auto f : Story()["facts"].get_array()) {
    int64_t sources = f["independent_sources"].get_int64().value();
    if (sources < 4 || f["status"].get_string().value() != "confirmed") continue;
    int five_hour = 0;
    for (auto e : f["evidence"].get_array()) {
      std::string text = Lower(std::string(e["text"].get_string().value()));
      five_hour += text.find("five-hour") != std::string::npos ||
                   text.find("five hour") != std::string::npos;
    }
    found |= five_hour >= 4;
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsEndToEnd, RejectionClaimIsContested) {
  bool contested_fact = false;
  for (auto f : Story()["facts"].get_array()) {
    if (f["status"].get_string().value() != "contested") continue;
    for (auto e : f["evidence"].get_array()) {
      contested_fact |=
          Lower(std::string(e["text"].get_string().value())).find("reject") != std::string::npos;
    }
  }
  EXPECT_TRUE(contested_fact);
  // The headline and the Kremlin's denial may stand in one article: what matters is a denial
  // conflict whose two sides both speak of the rejection.
  bool denial = false;
  for (auto c : Story()["conflicts"].get_array()) {
    if (c["kind"].get_string().value() != "denial") continue;
    int sides_on_rejection = 0;
    for (auto side : c["sides"].get_array()) {
      bool mentions_reject = false;
      for (auto e : side["evidence"].get_array()) {
        mentions_reject |=
            Lower(std::string(e["text"].get_string().value())).find("reject") != std::string::npos;
      }
      sides_on_rejection += mentions_reject;
    }
    denial |= sides_on_rejection >= 2;
  }
  EXPECT_TRUE(denial);
}

TEST_F(SeedsEndToEnd, ReadyRightNowQuoteFoundInTwoArticles) {
  bool found = false;
  for (auto q : Story()["quotes"].get_array()) {
    std::string speaker = Lower(
        std::string(q["speaker_name"].is_null() ? "" : q["speaker_name"].get_string().value()));
    if (speaker.find("putin") == std::string::npos) continue;
    std::set<std::string> articles;
    for (auto e : q["evidence"].get_array()) {
      if (Lower(std::string(e["text"].get_string().value())).find("right now") !=
          std::string::npos) {
        articles.insert(std::string(e["article"].get_string().value()));
      }
    }
    found |= articles.size() >= 2;
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsEndToEnd, NoSiteChromeLeftInCleanedText) {
  const char* chrome[] = {"No Result",
                          "View All Result",
                          "Leave a Reply",
                          "Leave a Comment",
                          "Required fields are marked",
                          "Back to top",
                          "Reading now",
                          "appeared first on"};
  for (auto a : (*account_)["articles"].get_array()) {
    std::string text = Lower(std::string(a["text"].get_string().value()));
    for (const char* line : chrome) {
      EXPECT_EQ(text.find(Lower(line)), std::string::npos)
          << "\"" << line << "\" left in " << a["id"].get_string().value();
    }
  }
}

}  // namespace
}  // namespace corroborate::testing
