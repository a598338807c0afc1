// schema.org JSON-LD as news pages write it: plain objects, arrays, @graph with references,
// WebPage main entities, related-article lists that must not leak, malformed blocks.
#include "extract/html/jsonld.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

JsonLdData Parse(std::initializer_list<std::string_view> blocks) {
  JsonLdData data;
  for (std::string_view b : blocks) ParseJsonLdBlock(b, &data);
  return data;
}

TEST(JsonLdTest, PlainNewsArticle) {
  JsonLdData d = Parse({R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Ferry operators strike over new harbour fees",
    "datePublished": "2025-12-02T07:30:00-05:00", "dateModified": "2025-12-02T11:10:00-05:00",
    "author": {"@type": "Person", "name": "Marta Quill"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "The Harbour Times"},
    "mainEntityOfPage": {"@type": "WebPage", "@id": "https://harbourtimes.example/ferry-strike"},
    "articleSection": ["Business", "Transport"], "inLanguage": "en-US",
    "description": "Operators halted crossings at dawn."})"});
  ASSERT_EQ(d.articles.size(), 1u);
  const JsonLdArticle& a = d.articles[0];
  EXPECT_EQ(a.type, "NewsArticle");
  EXPECT_FALSE(a.is_web_page);
  EXPECT_EQ(a.headline, "Ferry operators strike over new harbour fees");
  EXPECT_EQ(a.date_published, "2025-12-02T07:30:00-05:00");
  EXPECT_EQ(a.date_modified, "2025-12-02T11:10:00-05:00");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Marta Quill");
  EXPECT_FALSE(a.authors[0].organization);
  EXPECT_EQ(a.publisher, "The Harbour Times");
  EXPECT_EQ(a.main_entity_of_page, "https://harbourtimes.example/ferry-strike");
  EXPECT_EQ(a.section, "Business");
  EXPECT_EQ(a.language, "en-US");
  EXPECT_EQ(a.description, "Operators halted crossings at dawn.");
}

TEST(JsonLdTest, GraphWithPersonReferences) {
  JsonLdData d = Parse({R"({"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "@id": "https://valleypost.example/#website", "name": "Valley Post"},
    {"@type": "Organization", "@id": "https://valleypost.example/#org", "name": "Valley Post Media"},
    {"@type": "Person", "@id": "https://valleypost.example/#/person/1", "name": "Idris Bell"},
    {"@type": "Person", "@id": "https://valleypost.example/#/person/2",
     "givenName": "Lena", "familyName": "Ostrova"},
    {"@type": ["Article", "NewsArticle"], "headline": "Dam inspection finds cracks",
     "author": [{"@id": "https://valleypost.example/#/person/1"},
                {"@id": "https://valleypost.example/#/person/2"}],
     "publisher": {"@id": "https://valleypost.example/#org"},
     "datePublished": "2025-11-28T09:00:00+00:00"}]})"});
  ASSERT_EQ(d.articles.size(), 1u);
  const JsonLdArticle& a = d.articles[0];
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "Idris Bell");
  EXPECT_EQ(a.authors[1].name, "Lena Ostrova");
  EXPECT_EQ(a.publisher, "Valley Post Media");
  EXPECT_EQ(d.website_name, "Valley Post");
  EXPECT_EQ(d.organization_name, "Valley Post Media");
}

TEST(JsonLdTest, AuthorForms) {
  JsonLdData d = Parse({R"({"@type": "BlogPosting", "headline": "A", "author": "Noor Haddad"})",
                        R"({"@type": "ReportageNewsArticle", "headline": "B",
          "author": [{"@type": "Person", "name": ["Pia Lund"]},
                     {"@type": "Organization", "name": "Northwind Wire"}]})",
                        R"({"@type": "Article", "headline": "C", "creator": ["Tomas Reyes"]})"});
  ASSERT_EQ(d.articles.size(), 3u);
  ASSERT_EQ(d.articles[0].authors.size(), 1u);
  EXPECT_EQ(d.articles[0].authors[0].name, "Noor Haddad");
  ASSERT_EQ(d.articles[1].authors.size(), 2u);
  EXPECT_EQ(d.articles[1].authors[0].name, "Pia Lund");
  EXPECT_TRUE(d.articles[1].authors[1].organization);
  ASSERT_EQ(d.articles[2].authors.size(), 1u);
  EXPECT_EQ(d.articles[2].authors[0].name, "Tomas Reyes");
}

TEST(JsonLdTest, RelatedArticlesDoNotLeak) {
  // The page's article lists related stories inside it and in a separate ItemList; only the
  // top-level article is read.
  JsonLdData d = Parse({
      R"({"@type": "NewsArticle", "headline": "Main story", "datePublished": "2025-12-02",
          "relatedLink": [{"@type": "NewsArticle", "headline": "Older story",
                           "datePublished": "2019-04-01"}],
          "comment": [{"@type": "Comment", "dateCreated": "2025-12-09T10:00:00Z"}]})",
      R"({"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1,
          "item": {"@type": "NewsArticle", "headline": "Other", "datePublished": "2018-01-01"}}]})"});
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].headline, "Main story");
  EXPECT_EQ(d.articles[0].date_published, "2025-12-02");
}

TEST(JsonLdTest, WebPageMainEntity) {
  JsonLdData d = Parse({R"({"@type": "WebPage", "name": "Dam inspection | Valley Post",
      "datePublished": "2025-11-28",
      "mainEntity": {"@type": "NewsArticle", "headline": "Dam inspection finds cracks",
                     "datePublished": "2025-11-28T09:00:00Z"}})"});
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_FALSE(d.articles[0].is_web_page);
  EXPECT_EQ(d.articles[0].headline, "Dam inspection finds cracks");
  EXPECT_TRUE(d.articles[1].is_web_page);
}

TEST(JsonLdTest, MalformedBlocksAreRepairedOrSkipped) {
  // Trailing commas, a raw newline inside a string, a CDATA wrapper: repaired.
  JsonLdData d =
      Parse({"//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"Line one\nline "
             "two\", \"datePublished\": \"2025-12-02\",}\n//]]>"});
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].headline, "Line one line two");
  EXPECT_EQ(d.blocks_failed, 0);
  // Cut off mid-object: skipped and counted, nothing invented.
  JsonLdData bad = Parse({R"({"@type": "NewsArticle", "headline": "Cut off", "datePub)",
                          "not json at all", R"([{"@type": "NewsArticle"}, )"});
  EXPECT_TRUE(bad.articles.empty());
  EXPECT_EQ(bad.blocks, 3);
  EXPECT_EQ(bad.blocks_failed, 3);
}

TEST(JsonLdTest, RepairKeepsStringsIntact) {
  EXPECT_EQ(RepairJsonLd(R"({"a": "x, }", "b": [1, 2, ],})"), R"({"a": "x, }", "b": [1, 2 ]})");
  EXPECT_EQ(RepairJsonLd(R"(<!-- {"a": "say \"hi\",]"} -->)"), R"({"a": "say \"hi\",]"})");
}

}  // namespace
}  // namespace corroborate
