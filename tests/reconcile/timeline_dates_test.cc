// The timeline on invented reports run through the real analyzer (rules only) and Reconcile:
// what counts as a dated event (a week or a weekend keeps its precision; a quote's "tomorrow",
// a "this week's" frame, a dateline and a no-comment line date nothing), two events in one
// sentence, and one event told at two precisions by two outlets.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "reconcile/reconcile.h"

namespace corroborate {
namespace {

// Articles published on Wednesday 4 March 2026 unless told otherwise.
class Reports {
 public:
  void Add(const std::string& outlet, const std::string& text,
           CivilDate published = CivilDate::Day(2026, 3, 4)) {
    Article a;
    a.id = "a" + std::to_string(articles_.size() + 1);
    a.outlet = outlet;
    a.text = text;
    a.title = text.substr(0, text.find('\n'));
    a.published.date = published;
    articles_.push_back(std::move(a));
  }
  StoryAccount Run() {
    docs_.clear();
    for (const Article& a : articles_) docs_.push_back(Analyze(a, a.published.date));
    StoryInput in;
    for (size_t i = 0; i < docs_.size(); ++i) {
      in.docs.push_back(&docs_[i]);
      in.article_index.push_back(static_cast<uint32_t>(i));
      in.sourcing.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), -1, 0, {}});
    }
    all_ = {articles_.begin(), articles_.end()};
    return Reconcile(in, all_, "s1");
  }

 private:
  std::deque<Article> articles_;
  std::deque<AnnotatedDoc> docs_;
  std::vector<Article> all_;
};

std::string Dump(const StoryAccount& s) {
  std::string out;
  for (const TimelineEntry& t : s.timeline) {
    out += t.date.Iso() + (t.until.valid() ? ".." + t.until.Iso() : "") + " " + t.event + " [" +
           std::to_string(t.evidence.size()) + "]\n";
  }
  return out;
}

const TimelineEntry* Find(const StoryAccount& s, std::string_view words) {
  for (const TimelineEntry& t : s.timeline) {
    if (t.event.find(words) != std::string::npos) return &t;
  }
  return nullptr;
}

bool HasDate(const StoryAccount& s, const CivilDate& date) {
  for (const TimelineEntry& t : s.timeline) {
    if (t.date == date) return true;
  }
  return false;
}

TEST(TimelineDates, AWeekAndAWeekendKeepTheirPrecision) {
  Reports r;
  r.Add("Harbor Times",
        "Talks resume in Velmar\n"
        "Negotiators from both councils met in Tarsk last week to review the revised water "
        "plan.\n"
        "Over the weekend, the two mayors held talks in Orlen with the regional governor.\n");
  const StoryAccount s = r.Run();
  const TimelineEntry* week = Find(s, "Tarsk");
  ASSERT_NE(week, nullptr) << Dump(s);
  EXPECT_EQ(week->date, CivilDate::Day(2026, 2, 23)) << Dump(s);  // Monday of last week
  EXPECT_EQ(week->until, CivilDate::Day(2026, 3, 1)) << Dump(s);
  const TimelineEntry* weekend = Find(s, "Orlen");
  ASSERT_NE(weekend, nullptr) << Dump(s);
  EXPECT_EQ(weekend->date, CivilDate::Day(2026, 2, 28)) << Dump(s);
  EXPECT_EQ(weekend->until, CivilDate::Day(2026, 3, 1)) << Dump(s);
}

TEST(TimelineDates, QuotesFramesDatelinesAndNoCommentLinesDateNothing) {
  Reports r;
  r.Add("Kestrian Wire",
        "TARSK, March 4 (KW) — The exchange of 80 prisoners will take place on Friday, the "
        "ministry said.\n"
        "Minister Ivo Renner told state radio: \"We are ready to sign a truce tomorrow if the "
        "shelling stops.\"\n"
        "The shelling underscored the fragile backdrop to this week's diplomacy.\n"
        "Officials in Orlen did not respond to requests for comment on Tuesday.\n");
  const StoryAccount s = r.Run();
  EXPECT_TRUE(HasDate(s, CivilDate::Day(2026, 3, 6))) << Dump(s);   // Friday's exchange
  EXPECT_FALSE(HasDate(s, CivilDate::Day(2026, 3, 4))) << Dump(s);  // the dateline
  EXPECT_FALSE(HasDate(s, CivilDate::Day(2026, 3, 5))) << Dump(s);  // the quote's tomorrow
  EXPECT_FALSE(HasDate(s, CivilDate::Day(2026, 3, 2))) << Dump(s);  // "this week's"
  EXPECT_FALSE(HasDate(s, CivilDate::Day(2026, 3, 3))) << Dump(s);  // no comment on Tuesday
  EXPECT_EQ(Find(s, "backdrop"), nullptr) << Dump(s);
}

TEST(TimelineDates, OneSentenceCanDateTwoEvents) {
  Reports r;
  r.Add("Harbor Times",
        "Truce in tatters\n"
        "A truce brokered by the regional council in December collapsed last month after "
        "renewed shelling near Brodvik.\n"
        "Mayor Ana Ruiz, who shuttled between the two towns over the weekend, said on Sunday "
        "that both sides had accepted an agenda.\n");
  const StoryAccount s = r.Run();
  EXPECT_TRUE(HasDate(s, CivilDate::Month(2025, 12))) << Dump(s);
  EXPECT_TRUE(HasDate(s, CivilDate::Month(2026, 2))) << Dump(s);
  EXPECT_TRUE(HasDate(s, CivilDate::Day(2026, 3, 1))) << Dump(s);  // said on Sunday
  bool weekend = false;
  for (const TimelineEntry& t : s.timeline) {
    weekend = weekend || (t.date == CivilDate::Day(2026, 2, 28) && t.until.valid());
  }
  EXPECT_TRUE(weekend) << Dump(s);  // shuttled over the weekend
}

TEST(TimelineDates, AStatementDatedTuesdayIsNotTuesdaysTalks) {
  Reports r;
  r.Add("Harbor Times",
        "Water talks\n"
        "Tuesday's talks in Orlen between Mayor Ana Ruiz and the regional council ended without "
        "a deal on water costs.\n");
  r.Add("Coastal Post",
        "Ruiz sends team\n"
        "Mayor Ana Ruiz confirmed Tuesday that her negotiators will travel to Velmar for further "
        "talks next month.\n");
  const StoryAccount s = r.Run();
  const TimelineEntry* talks = Find(s, "ended without");
  const TimelineEntry* statement = Find(s, "negotiators");
  ASSERT_NE(talks, nullptr) << Dump(s);
  ASSERT_NE(statement, nullptr) << Dump(s);
  EXPECT_NE(talks, statement) << Dump(s);
  EXPECT_EQ(talks->date, CivilDate::Day(2026, 3, 3));
  EXPECT_EQ(statement->date, CivilDate::Day(2026, 3, 3));
}

TEST(TimelineDates, TheSameEventAtTwoPrecisionsIsOneEntryAtTheFinerDate) {
  Reports r;
  r.Add("Harbor Times",
        "Draft leaked\n"
        "After the February 20 leak of the council's 20-point water draft, the opposition in "
        "Brodvik staged protests.\n");
  r.Add("Coastal Post",
        "Opposition angry\n"
        "The 20-point water draft, leaked to reporters last month, angered the opposition in "
        "Brodvik.\n");
  const StoryAccount s = r.Run();
  size_t leak_entries = 0;
  for (const TimelineEntry& t : s.timeline) {
    if (t.event.find("leak") == std::string::npos) continue;
    ++leak_entries;
    EXPECT_EQ(t.date, CivilDate::Day(2026, 2, 20)) << Dump(s);
    EXPECT_EQ(t.evidence.size(), 2u) << Dump(s);
  }
  EXPECT_EQ(leak_entries, 1u) << Dump(s);
}

}  // namespace
}  // namespace corroborate
