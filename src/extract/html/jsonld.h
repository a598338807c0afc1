// schema.org JSON-LD (<script type="application/ld+json">) as news pages publish it: the
// article objects (NewsArticle, Article, BlogPosting, ReportageNewsArticle, …) at the top of a
// block, in an array, inside "@graph", or as a WebPage's "mainEntity"; authors as a string, an
// object, an array, or an {"@id"} reference to a Person elsewhere in the block; the publisher
// likewise. Objects nested anywhere else (an ItemList of related stories, "hasPart",
// "relatedLink", "comment") are never read as the page's article, so their dates cannot leak.
// Malformed blocks (trailing commas, raw newlines in strings, HTML comment or CDATA wrappers)
// are repaired once; a block that still fails is counted and skipped. Thread-safe (one parser
// per thread).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

struct JsonLdAuthor {
  std::string name;
  bool organization = false;  // @type Organization / NewsMediaOrganization
};

struct JsonLdArticle {
  std::string type;          // the article-like @type ("NewsArticle"); "WebPage" for a page object
  bool is_web_page = false;  // a WebPage/ItemPage carrying article fields: a weaker source
  std::string headline;      // "headline", else "name"
  std::vector<JsonLdAuthor> authors;  // "author", then "creator" when there is no author
  std::string date_published;         // raw strings, parsed by the caller
  std::string date_modified;
  std::string date_created;
  std::string publisher;            // publisher name (object, reference or string)
  std::string url;                  // "url"
  std::string main_entity_of_page;  // "mainEntityOfPage" as a string or its "@id"/"url"
  std::string section;              // "articleSection" (the first when an array)
  std::string description;
  std::string language;  // "inLanguage"
};

struct JsonLdData {
  std::vector<JsonLdArticle> articles;  // in document order
  std::string website_name;             // a top-level WebSite's name
  std::string organization_name;        // a top-level (News)Organization's name
  int blocks = 0;
  int blocks_failed = 0;  // not JSON even after repair
};

// Parses the text of one JSON-LD script and appends what it finds to *data.
void ParseJsonLdBlock(std::string_view text, JsonLdData* data);

// The repair applied to a block that does not parse: wrappers off, raw control characters in
// strings escaped as spaces, trailing commas before '}' / ']' removed. Exposed for tests.
std::string RepairJsonLd(std::string_view text);

}  // namespace corroborate
