#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

RawDocument Text(std::string uri, std::string bytes) {
  RawDocument d;
  d.uri = std::move(uri);
  d.bytes = std::move(bytes);
  d.format = "text";
  return d;
}

TEST(Pipeline, ExtractDocumentsKeepsOrderAndNamesProblems) {
  std::vector<RawDocument> docs;
  docs.push_back(Text("a.txt",
                      "Ferry Service Resumes\nThe ferry to Ostrava Island resumed on Monday, "
                      "the operator said.\n"));
  docs.push_back(Text("empty.txt", " \n \n"));
  docs.push_back(Text("b.txt",
                      "Island Ferry Back\nFerries to Ostrava Island are running again, "
                      "officials said on Monday.\n"));
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ExtractDocuments(std::move(docs), PipelineOptions{}, &problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].uri, "a.txt");
  EXPECT_EQ(articles[1].uri, "b.txt");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].uri, "empty.txt");
  EXPECT_NE(problems[0].reason.find("empty"), std::string::npos);
}

TEST(Pipeline, PageWithoutArticleIsReportedAndPagesKeepInputOrder) {
  std::vector<RawDocument> docs;
  RawDocument front = Text("front.html",
                           "<html><head><title>Harbour Gazette - Home</title></head><body>"
                           "<nav><a href=/a>News</a> <a href=/b>Sport</a></nav>"
                           "<ul><li><a href=/x>Ferry strike ends</a></li></ul></body></html>");
  front.format = "html";
  RawDocument story = Text("story.html",
                           "<html><head><title>Ferry strike ends</title></head><body><article>"
                           "<h1>Ferry strike ends</h1><p>The ferry strike on Ostrava Island "
                           "ended on Monday after ten days, the union said in a statement.</p>"
                           "<p>Services to the mainland will resume on Tuesday morning, the "
                           "operator added, with extra sailings in the evening.</p>"
                           "</article></body></html>");
  story.format = "html";
  docs.push_back(Text("a.txt",
                      "Ferry Service Resumes\nThe ferry to Ostrava Island resumed on Monday, "
                      "the operator said.\n"));
  docs.push_back(std::move(front));
  docs.push_back(std::move(story));
  std::vector<InputProblem> problems;
  std::vector<Article> articles = ExtractDocuments(std::move(docs), PipelineOptions{}, &problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].uri, "a.txt");  // pages are extracted first, but order is kept
  EXPECT_EQ(articles[1].uri, "story.html");
  EXPECT_NE(articles[1].text.find("ended on Monday"), std::string::npos);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].uri, "front.html");
  EXPECT_EQ(problems[0].reason, "no article content found");
}

TEST(Pipeline, UndatedArticleResolvesAgainstTheBatchDate) {
  std::vector<RawDocument> docs;
  docs.push_back(Text("dated.txt",
                      "Ferry Service Resumes After Storm\nMarch 4, 2026\n"
                      "The ferry to Ostrava Island resumed on Tuesday after the storm, the "
                      "operator said.\n"));
  docs.push_back(Text("undated.txt",
                      "Island Ferry Back After Storm\n"
                      "Ferries to Ostrava Island resumed on Tuesday after the storm, the "
                      "harbour master said.\n"));
  PipelineOptions options;
  options.threads = 2;
  std::vector<InputProblem> problems;
  Account account = BuildAccount(ExtractDocuments(std::move(docs), options, &problems), options);
  ASSERT_EQ(account.articles.size(), 2u);
  EXPECT_EQ(account.articles[0].published.date, CivilDate::Day(2026, 3, 4));
  EXPECT_FALSE(account.articles[1].published.valid());
  ASSERT_EQ(account.stories.size(), 1u);
  // "Tuesday" in both articles is 3 March 2026 (the batch's publish day is Wednesday 4 March).
  bool dated = false;
  for (const TimelineEntry& t : account.stories[0].timeline) {
    if (t.date == CivilDate::Day(2026, 3, 3)) {
      for (const Evidence& e : t.evidence) dated |= e.article == 1;
    }
  }
  EXPECT_TRUE(dated);
}

TEST(Pipeline, EmptyInputGivesEmptyAccount) {
  Account account = BuildAccount({}, PipelineOptions{});
  EXPECT_TRUE(account.articles.empty());
  EXPECT_TRUE(account.stories.empty());
}

}  // namespace
}  // namespace corroborate
