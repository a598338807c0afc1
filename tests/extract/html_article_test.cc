// HTML page -> Article: the text has the cleaned-scrape shape (title line, then one line per
// block), metadata comes from the page unless the container supplied it, and every field
// records its source. Also the batch path: ExtractArticles sends format "html" here.
#include "extract/html/html_article.h"

#include <gtest/gtest.h>

#include "core/strings.h"
#include "extract/extract.h"
#include "html_test_pages.h"

namespace corroborate {
namespace {

DecodedDocument HtmlDoc(const std::string& uri, const std::string& html) {
  DecodedDocument d;
  d.raw.uri = uri;
  d.raw.format = "html";
  d.text = html;
  d.charset = "UTF-8";
  return d;
}

TEST(HtmlArticle, TextIsTitleLineThenOneLinePerBlock) {
  const HtmlPage page = ExtractHtmlPage(HtmlDoc("pages/barrier.html", testing::kFloodBarrierPage));
  const Article& a = page.article;
  const std::vector<std::string_view> lines = SplitLines(a.text);
  ASSERT_EQ(lines.size(), page.blocks.size() + 1) << a.text;
  EXPECT_EQ(lines[0], a.title);
  EXPECT_EQ(a.title, "Council approves river barrier after record floods");
  for (size_t i = 0; i < page.blocks.size(); ++i) EXPECT_EQ(lines[i + 1], page.blocks[i].text);
  EXPECT_NE(a.text.find("\nWhat the plan includes\n"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("We use cookies"), std::string::npos);
  EXPECT_EQ(a.uri, "pages/barrier.html");
  EXPECT_EQ(a.charset, "UTF-8");
}

TEST(HtmlArticle, MetadataFromThePageWithSources) {
  const Article a = ExtractHtmlArticle(HtmlDoc("pages/barrier.html", testing::kFloodBarrierPage));
  EXPECT_EQ(a.outlet, "The Lakeshore Gazette");
  EXPECT_EQ(a.url, "https://gazette.example/news/2025/03/14/river-barrier");
  EXPECT_EQ(a.sources.at("url"), "canonical");
  EXPECT_EQ(a.published.date.Iso(), "2025-03-14");
  EXPECT_NE(a.byline.find("Marta Keller"), std::string::npos);
  EXPECT_EQ(a.language, "en");
  for (const char* field : {"title", "outlet", "published", "byline", "language", "url"}) {
    ASSERT_TRUE(a.sources.count(field)) << field;
    EXPECT_FALSE(a.sources.at(field).empty()) << field;
  }
}

TEST(HtmlArticle, ContainerMetadataWins) {
  DecodedDocument d = HtmlDoc("feed.jsonl:3", testing::kFloodBarrierPage);
  d.raw.url = "https://mirror.example/barrier";
  d.raw.outlet = "Vell Valley Courier";
  d.raw.title = "River barrier approved";
  d.raw.published = "2025-03-15T08:00:00Z";
  const Article a = ExtractHtmlArticle(d);
  EXPECT_EQ(a.url, "https://mirror.example/barrier");
  EXPECT_EQ(a.outlet, "Vell Valley Courier");
  EXPECT_EQ(a.title, "River barrier approved");
  EXPECT_EQ(a.published.date.Iso(), "2025-03-15");
  EXPECT_EQ(a.sources.at("outlet"), "jsonl");
  EXPECT_EQ(a.sources.at("published"), "jsonl");
  EXPECT_EQ(a.text.rfind("River barrier approved\n", 0), 0u);
}

TEST(HtmlArticle, PageWithoutArticleHasNoBlocks) {
  const HtmlPage page = ExtractHtmlPage(HtmlDoc("front.html", testing::kSectionFrontPage));
  EXPECT_TRUE(page.blocks.empty());
}

TEST(HtmlArticle, ExtractArticlesRoutesHtmlAndSettlesIds) {
  std::vector<DecodedDocument> docs;
  docs.push_back(HtmlDoc("a/story.html", testing::kFloodBarrierPage));
  docs.push_back(HtmlDoc("b/story.html", testing::kFloodBarrierPage));
  DecodedDocument text;
  text.raw.uri = "c/notes.txt";
  text.raw.format = "text";
  text.text = "Ferry services resume\nFerries to the islands sailed again on Monday.\n";
  text.charset = "UTF-8";
  docs.push_back(text);
  const std::vector<Article> articles = ExtractArticles(std::move(docs), 2);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id, "story");
  EXPECT_EQ(articles[1].id, "story-2");
  EXPECT_NE(articles[0].text.find("movable barrier across the Vell"), std::string::npos);
  EXPECT_EQ(articles[0].text.find("Share on Facebook"), std::string::npos);
  EXPECT_EQ(articles[2].title, "Ferry services resume");
}

}  // namespace
}  // namespace corroborate
