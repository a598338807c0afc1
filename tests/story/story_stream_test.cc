// Streaming clustering: events and stories age out when idle (by publish day or by arrival),
// and the index's memory follows the live articles, not the whole stream.
#include "story/story_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "story/cluster_test_articles.h"

namespace corroborate {
namespace {

using testing::TestReport;

int32_t Day(const CivilDate& d) { return static_cast<int32_t>(d.ToDays()); }

// A short report unrelated to every other one: its own invented town, official, words and
// number (invented words stand in for a different subject each time).
std::string LocalReport(int i) {
  static const char* kSyllables[] = {"lor", "ven", "tas", "mir", "kol", "dun", "bre", "sal",
                                     "pek", "rud", "zan", "fol", "gim", "hau", "jet", "nob"};
  uint32_t seed = static_cast<uint32_t>(i) * 7919u + 17u;
  auto word = [&]() {
    std::string w;
    for (int k = 0; k < 3; ++k) {
      seed = seed * 1103515245u + 12345u;
      w += kSyllables[(seed >> 16) % 16];
    }
    return w;
  };
  auto name = [&]() {
    std::string w = word();
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  };
  std::string town = name(), official = name() + " " + name();
  std::string a = word(), b = word(), c = word(), d = word();
  return town + " council backs " + a + " " + b + "\nThe council of " + town + " voted for the " +
         a + " " + b + " on Monday. Mayor " + official + " said " + std::to_string(100 + i) + " " +
         c + " would follow in " + town + ". Critics called the " + d + " plan rushed.";
}

TEST(StoryStreamTest, IdleEventsAgeOutByPublishDay) {
  StreamOptions options;
  options.idle_days = 14;
  StoryStream stream(options);
  std::vector<TestReport> quakes = testing::TwoEarthquakes();
  const int32_t first = Day(quakes[0].published);
  uint64_t peru = stream.Add(quakes[0].title, quakes[0].text, first).event;
  EXPECT_EQ(stream.Add(quakes[1].title, quakes[1].text, first).event, peru);
  EXPECT_EQ(stream.index().live_events(), 1u);
  // Three weeks of other news, a report a day.
  for (int d = 1; d <= 21; ++d) {
    std::string text = LocalReport(d);
    stream.Add("", text, first + d);
  }
  EXPECT_EQ(stream.index().live_articles(), 14u + 1u)
      << "the quake and the first week of other news are gone";
  // A late report of the quake now opens a new event.
  StreamAssignment late = stream.Add(quakes[2].title, quakes[2].text, first + 21);
  EXPECT_TRUE(late.new_event);
  EXPECT_NE(late.event, peru);
}

TEST(StoryStreamTest, UndatedEventsAgeOutByArrival) {
  StreamOptions options;
  options.idle_articles = 20;
  StoryStream stream(options);
  std::vector<TestReport> summit = testing::OneSummit();
  uint64_t event = stream.Add(summit[0].title, summit[0].text, kNoDay).event;
  EXPECT_EQ(stream.Add(summit[1].title, summit[1].text, kNoDay).event, event);
  for (int i = 0; i < 30; ++i) stream.Add("", LocalReport(i), kNoDay);
  // Each report that arrived more than 20 arrivals ago is gone with its event, unless a newer
  // report joined that event (a few of these templated reports do).
  EXPECT_LE(stream.index().live_events(), 21u);
  EXPECT_NE(stream.Add(summit[2].title, summit[2].text, kNoDay).event, event);
}

TEST(StoryStreamTest, MemoryFollowsTheLiveArticles) {
  StreamOptions options;
  options.idle_articles = 200;
  StoryStream stream(options);
  const size_t empty = stream.index().MemoryBytes();
  for (int i = 0; i < 200; ++i) stream.Add("", LocalReport(i), kNoDay);
  const size_t full = stream.index().MemoryBytes();
  ASSERT_EQ(stream.index().live_articles(), 200u);
  EXPECT_GT(full, empty);
  EXPECT_LE((full - empty) / 200, 2048u) << "index bytes per live article";
  // 1,000 more: the live window stays at 200 arrivals, and so does the memory (give or take
  // the hash tables' capacity).
  for (int i = 200; i < 1200; ++i) stream.Add("", LocalReport(i), kNoDay);
  EXPECT_LE(stream.index().live_events(), 201u);
  EXPECT_LT(stream.index().MemoryBytes(), full * 2);
  EXPECT_LE(stream.index().postings().postings(), 200u * options.index.index_terms);
}

TEST(StoryStreamTest, EvictingEverythingEmptiesThePostings) {
  StreamOptions options;
  options.idle_articles = 5;
  StoryStream stream(options);
  for (int i = 0; i < 50; ++i) stream.Add("", LocalReport(i), kNoDay);
  EXPECT_LE(stream.index().live_events(), 6u);
  EventIndex& index = stream.mutable_index();
  for (uint32_t slot = 0; slot < index.event_slots(); ++slot) index.EvictEvent(slot);
  EXPECT_EQ(index.live_events(), 0u);
  EXPECT_EQ(index.live_stories(), 0u);
  EXPECT_EQ(index.live_articles(), 0u);
  EXPECT_EQ(index.postings().postings(), 0u);
  EXPECT_EQ(index.postings().terms(), 0u);
}

TEST(StoryStreamTest, AFarFutureDateDoesNotEvictEverything) {
  StoryStream stream;
  std::vector<TestReport> summit = testing::OneSummit();
  const int32_t day = Day(summit[0].published);
  uint64_t event = stream.Add(summit[0].title, summit[0].text, day).event;
  stream.Add("", LocalReport(1), day + 5000);  // a typo'd year
  EXPECT_EQ(stream.Add(summit[1].title, summit[1].text, day).event, event);
}

}  // namespace
}  // namespace corroborate
