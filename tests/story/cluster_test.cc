// Story clustering on fictional multi-outlet reports: batch (ClusterDocuments, ClusterStories)
// and streaming (StoryStream) must keep two earthquakes apart, join three reports of one
// summit, split talks in two cities into two events of one story, and keep the same people
// meeting months apart in two events.
#include "story/cluster.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "story/cluster_test_articles.h"

namespace corroborate {
namespace {

using testing::TestReport;

std::vector<StoryDocument> Documents(const std::vector<TestReport>& reports) {
  std::vector<StoryDocument> docs;
  for (const TestReport& r : reports) {
    Timestamp published;
    published.date = r.published;
    docs.push_back({r.title, r.text, PublishDay(published)});
  }
  return docs;
}

struct Labels {
  std::vector<uint64_t> event;
  std::vector<uint64_t> story;
};

Labels Batch(const std::vector<TestReport>& reports) {
  Clustering c = ClusterDocuments(Documents(reports), ClusterOptions{});
  return {{c.event.begin(), c.event.end()}, {c.story.begin(), c.story.end()}};
}

Labels Stream(const std::vector<TestReport>& reports) {
  StoryStream stream;
  Labels out;
  for (const StoryDocument& d : Documents(reports)) {
    StreamAssignment a = stream.Add(d.title, d.text, d.day);
    out.event.push_back(a.event);
    out.story.push_back(a.story);
  }
  return out;
}

// True when reports with the same `event` field share a label and reports with different
// ones never do.
::testing::AssertionResult SameAsTruth(const std::vector<TestReport>& reports,
                                       const std::vector<uint64_t>& labels) {
  for (size_t i = 0; i < reports.size(); ++i) {
    for (size_t j = i + 1; j < reports.size(); ++j) {
      bool truth = reports[i].event == reports[j].event;
      if ((labels[i] == labels[j]) != truth) {
        return ::testing::AssertionFailure()
               << "reports " << i << " (" << reports[i].event << ") and " << j << " ("
               << reports[j].event << ") are " << (truth ? "split" : "merged");
      }
    }
  }
  return ::testing::AssertionSuccess();
}

using Clusterer = Labels (*)(const std::vector<TestReport>&);

class ClusterTest : public ::testing::TestWithParam<Clusterer> {};

TEST_P(ClusterTest, TwoEarthquakesInDifferentCountriesStayApart) {
  std::vector<TestReport> reports = testing::TwoEarthquakes();
  Labels labels = GetParam()(reports);
  EXPECT_TRUE(SameAsTruth(reports, labels.event));
  EXPECT_NE(labels.story.front(), labels.story.back()) << "two quakes are two stories";
}

TEST_P(ClusterTest, ThreeReportsOfOneSummitMerge) {
  std::vector<TestReport> reports = testing::OneSummit();
  Labels labels = GetParam()(reports);
  EXPECT_TRUE(SameAsTruth(reports, labels.event));
}

TEST_P(ClusterTest, TalksInTwoCitiesAreTwoEventsOfOneStory) {
  std::vector<TestReport> reports = testing::TalksInTwoCities();
  Labels labels = GetParam()(reports);
  EXPECT_TRUE(SameAsTruth(reports, labels.event));
  EXPECT_EQ(std::set<uint64_t>(labels.story.begin(), labels.story.end()).size(), 1u)
      << "Geneva and Vienna rounds are one developing story";
}

TEST_P(ClusterTest, SamePeopleMonthsApartAreTwoEvents) {
  std::vector<TestReport> reports = testing::SamePeopleMonthsApart();
  Labels labels = GetParam()(reports);
  EXPECT_TRUE(SameAsTruth(reports, labels.event));
}

TEST_P(ClusterTest, AllScenariosTogether) {
  // Interleaved in time order as a feed would deliver them.
  std::vector<TestReport> reports;
  for (auto make : {testing::TwoEarthquakes, testing::OneSummit, testing::TalksInTwoCities}) {
    for (TestReport& r : make()) reports.push_back(std::move(r));
  }
  std::stable_sort(reports.begin(), reports.end(), [](const TestReport& a, const TestReport& b) {
    return a.published < b.published;
  });
  Labels labels = GetParam()(reports);
  EXPECT_TRUE(SameAsTruth(reports, labels.event));
}

INSTANTIATE_TEST_SUITE_P(BatchAndStream, ClusterTest, ::testing::Values(&Batch, &Stream),
                         [](const ::testing::TestParamInfo<Clusterer>& param) {
                           return std::string(param.index == 0 ? "Batch" : "Stream");
                         });

TEST(ClusterStoriesTest, ReturnsStoriesOfIndicesInInputOrder) {
  std::vector<TestReport> reports = testing::TwoEarthquakes();
  std::vector<Article> articles(reports.size());
  std::vector<AnnotatedDoc> docs(reports.size());
  for (size_t i = 0; i < reports.size(); ++i) {
    articles[i].title = reports[i].title;
    articles[i].text = reports[i].text;
    articles[i].published.date = reports[i].published;
    docs[i].article = &articles[i];
  }
  std::vector<std::vector<uint32_t>> stories = ClusterStories(docs);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0], (std::vector<uint32_t>{0, 1, 2}));
  EXPECT_EQ(stories[1], (std::vector<uint32_t>{3, 4, 5}));
}

TEST(ClusterStoriesTest, StoryEventsNestEventsInsideStories) {
  std::vector<TestReport> reports = testing::TalksInTwoCities();
  std::vector<Article> articles(reports.size());
  std::vector<AnnotatedDoc> docs(reports.size());
  for (size_t i = 0; i < reports.size(); ++i) {
    articles[i].title = reports[i].title;
    articles[i].text = reports[i].text;
    articles[i].published.date = reports[i].published;
    docs[i].article = &articles[i];
  }
  std::vector<StoryClusters> stories = ClusterStoryEvents(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].articles, (std::vector<uint32_t>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(stories[0].events, (std::vector<std::vector<uint32_t>>{{0, 1, 2}, {3, 4, 5}}));
}

TEST(ClusterStoriesTest, EmptyAndSingleInputs) {
  EXPECT_TRUE(ClusterStories({}).empty());
  Article a;
  a.text = "Flooding closed the main road into Passau on Friday.";
  std::vector<AnnotatedDoc> docs(1);
  docs[0].article = &a;
  EXPECT_EQ(ClusterStories(docs), (std::vector<std::vector<uint32_t>>{{0}}));
  Article empty;
  docs[0].article = &empty;
  EXPECT_EQ(ClusterStories(docs).size(), 1u) << "an article without words is its own story";
}

}  // namespace
}  // namespace corroborate
