// Metadata of whole HTML pages written for these tests (fictional outlets and stories): every
// source, and the traps real pages set: dates in related-article lists, comment timestamps,
// script variables, copyright years, "Updated" lines, og: against JSON-LD, relative links,
// @graph JSON-LD, malformed JSON-LD, several authors, a site-wide "today" date in the masthead.
#include "extract/html/html_metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace corroborate {
namespace {

// 2025-12-10T12:00Z: the crawl time of every page here.
constexpr int64_t kNow = 1765368000;

HtmlMetadata Extract(const std::string& page, std::string_view url,
                     html::Tag content_tag = html::Tag::kOther) {
  html::Document doc = html::Parse(page);
  html::NodeId root = html::kNoNode;
  if (content_tag != html::Tag::kOther) root = doc.FindFirst(content_tag);
  HtmlMetadataOptions options;
  options.now_unix_seconds = kNow;
  return ExtractHtmlMetadata(doc, url, root, options);
}

// A complete modern article page: JSON-LD @graph with Person references, OpenGraph, a relative
// canonical link, and every trap around the article.
const char* kHarbourTimesPage = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ferry operators strike over new harbour fees | The Harbour Times</title>
<link rel="canonical" href="/business/2025/12/02/ferry-operators-strike">
<meta property="og:title" content="Ferry operators strike over new harbour fees">
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:url" content="https://harbourtimes.example/ferry-strike-amp">
<meta property="og:description" content="Crossings halted at dawn as operators protest fees.">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2025-12-02T07:30:00-05:00">
<meta property="article:modified_time" content="2025-12-02T11:10:00-05:00">
<meta name="twitter:title" content="Ferry operators strike over new harbour fees">
<script>
  // Analytics configuration: never a source of metadata.
  var pageConfig = {"publishDate": "2011-03-04T09:00:00Z", "author": "Cms Robot"};
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://harbourtimes.example/#site", "name": "The Harbour Times"},
  {"@type": "NewsMediaOrganization", "@id": "https://harbourtimes.example/#org",
   "name": "Harbour Times Media Group"},
  {"@type": "Person", "@id": "https://harbourtimes.example/#/people/mq", "name": "Marta Quill"},
  {"@type": "Person", "@id": "https://harbourtimes.example/#/people/ib", "name": "Idris Bell"},
  {"@type": "NewsArticle",
   "headline": "Ferry operators strike over new harbour fees",
   "datePublished": "2025-12-02T07:30:00-05:00", "dateModified": "2025-12-02T11:10:00-05:00",
   "author": [{"@id": "https://harbourtimes.example/#/people/mq"},
              {"@id": "https://harbourtimes.example/#/people/ib"}],
   "publisher": {"@id": "https://harbourtimes.example/#org"},
   "mainEntityOfPage": "https://harbourtimes.example/business/2025/12/02/ferry-operators-strike",
   "articleSection": "Business"}]}
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
  {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle",
   "headline": "Port authority sets new fees", "datePublished": "2024-06-01T08:00:00Z"}}]}
</script>
</head>
<body>
<header class="masthead"><a href="/">The Harbour Times</a>
  <nav><a href="/business">Business</a> <time datetime="2025-12-10">Wednesday 10 December 2025</time></nav>
</header>
<main>
<article>
  <h1>Ferry operators strike over new harbour fees</h1>
  <div class="byline">By <a rel="author" href="/people/mq">Marta Quill</a> and
    <a rel="author" href="/people/ib">Idris Bell</a></div>
  <p class="dateline">Published <time datetime="2025-12-02T07:30:00-05:00">2 December 2025,
    7:30 a.m.</time> &middot; Updated <time datetime="2025-12-02T11:10:00-05:00">11:10 a.m.</time></p>
  <p>PORT ELLING &mdash; Ferry crossings between Port Elling and the outer islands stopped at
    dawn on Tuesday as operators walked out over new harbour fees that they say double the cost
    of every sailing, leaving hundreds of commuters stranded on the quays.</p>
  <p>The port authority said the fees, approved in 2019 and phased in since, fund repairs.</p>
  <aside class="related-stories"><h2>Related</h2>
    <ul><li><a href="/business/2024/06/01/port-fees">Port authority sets new fees</a>
      <time datetime="2024-06-01T08:00:00Z">1 June 2024</time></li></ul></aside>
</article>
<section id="comments"><h2>12 comments</h2>
  <div class="comment"><span class="comment-author">By Harbourwatcher</span>
    <time datetime="2025-12-09T22:14:00Z">9 December 2025</time><p>About time.</p></div>
</section>
</main>
<footer><p>&copy; 2009&ndash;2025 The Harbour Times. All rights reserved.</p></footer>
</body></html>)";

TEST(HtmlMetadataTest, FullPageEverySource) {
  HtmlMetadata m = Extract(kHarbourTimesPage, "https://harbourtimes.example/ferry-strike?utm=x");
  EXPECT_EQ(m.title, "Ferry operators strike over new harbour fees");
  EXPECT_EQ(m.title_source, "json-ld");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Marta Quill", "Idris Bell"}));
  EXPECT_EQ(m.authors_source, "json-ld");
  EXPECT_EQ(m.published.Iso(), "2025-12-02T07:30-05:00");
  EXPECT_EQ(m.published.zone, "-05:00");
  EXPECT_EQ(m.published_source, "json-ld datePublished");
  EXPECT_EQ(m.modified.Iso(), "2025-12-02T11:10-05:00");
  EXPECT_EQ(m.site_name, "The Harbour Times");
  EXPECT_EQ(m.site_name_source, "og:site_name");
  // The relative canonical link, resolved against the page URL.
  EXPECT_EQ(m.canonical_url,
            "https://harbourtimes.example/business/2025/12/02/ferry-operators-strike");
  EXPECT_EQ(m.canonical_url_source, "link canonical");
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.section, "Business");
  EXPECT_EQ(m.description, "Crossings halted at dawn as operators protest fees.");
}

// The same page with every machine-readable source gone: what is left is what a reader sees,
// and the traps around it must still not leak.
TEST(HtmlMetadataTest, VisibleSourcesOnlyIgnoreTraps) {
  std::string page = kHarbourTimesPage;
  const size_t head_end = page.find("</head>");
  const size_t title_start = page.find("<title>");
  const size_t title_end = page.find("</title>") + 8;
  page = page.substr(0, page.find("<head>") + 6) +
         page.substr(title_start, title_end - title_start) +
         "<script>var published = '2011-03-04';</script>" + page.substr(head_end);
  HtmlMetadata m = Extract(page, "https://harbourtimes.example/ferry-strike");
  EXPECT_EQ(m.title, "Ferry operators strike over new harbour fees");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Marta Quill", "Idris Bell"}));
  EXPECT_EQ(m.authors_source, "rel=author");
  // The <time> under the headline, not the masthead's "today", the related story's 2024 date,
  // the comment's timestamp, the script variable or the footer's copyright years.
  EXPECT_EQ(m.published.Iso(), "2025-12-02T07:30-05:00");
  EXPECT_EQ(m.published_source, "time");
  EXPECT_EQ(m.modified.Iso(), "2025-12-02T11:10-05:00");  // the "Updated" <time>
  EXPECT_EQ(m.modified_source, "time updated");
  EXPECT_EQ(m.site_name, "The Harbour Times");
  EXPECT_EQ(m.site_name_source, "title suffix");
  EXPECT_EQ(m.canonical_url, "https://harbourtimes.example/ferry-strike");
  EXPECT_EQ(m.canonical_url_source, "page url");
}

// A small blog-style page: no JSON-LD, no OpenGraph; a written dateline with a time zone, an
// "Updated" line, a byline with a role, a <base href> for relative links, a dated URL.
const char* kValleyPostPage = R"(<html><head>
<title>Valley Post - Dam inspection finds cracks in spillway</title>
<base href="https://www.valleypost.example/news/">
<link rel="canonical" href="2025/12/02/dam-inspection">
</head><body>
<div id="site-header"><span class="today">Wednesday, December 10, 2025</span></div>
<div class="post">
<h1 class="entry-title">Dam inspection finds cracks in spillway</h1>
<p class="byline">By Noor Haddad, Staff Writer</p>
<p class="meta">December 2, 2025 at 3:04 p.m. EST</p>
<p class="meta">Updated December 3, 2025 9:15 a.m. EST</p>
<div class="entry-content"><p>Engineers found cracks in the spillway of the Corran Valley dam
during a routine inspection, the water board said on Tuesday, and ordered the reservoir lowered
by two metres while repairs are planned.</p></div>
</div>
<div class="footer">Copyright 2025 Valley Post. Established 1998.</div>
</body></html>)";

TEST(HtmlMetadataTest, WrittenDatelineBylineAndBaseHref) {
  HtmlMetadata m = Extract(kValleyPostPage, "https://www.valleypost.example/p?id=4411");
  EXPECT_EQ(m.title, "Dam inspection finds cracks in spillway");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Noor Haddad"}));
  EXPECT_EQ(m.authors_source, "byline");
  EXPECT_EQ(m.published.Iso(), "2025-12-02T15:04-05:00");
  EXPECT_EQ(m.published.zone, "EST");
  EXPECT_EQ(m.published_source, "dateline");
  EXPECT_EQ(m.modified.Iso(), "2025-12-03T09:15-05:00");
  EXPECT_EQ(m.modified_source, "dateline updated");
  EXPECT_EQ(m.site_name, "Valley Post");
  EXPECT_EQ(m.site_name_source, "title suffix");
  EXPECT_EQ(m.canonical_url, "https://www.valleypost.example/news/2025/12/02/dam-inspection");
}

// Conflicting sources. JSON-LD against og: alone: JSON-LD wins (it is written for the article
// by the CMS's structured-data layer and is what search engines read). JSON-LD against og:,
// <time pubdate> and the URL agreeing: agreement wins (a stale JSON-LD template is the likelier
// error than three independent sources agreeing by chance).
std::string ConflictPage(bool with_agreement) {
  std::string page = R"(<html><head><title>Grain corridor talks stall</title>
<meta property="og:title" content="Grain corridor talks stall">
<meta property="article:published_time" content="2025-12-02T08:00:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Grain corridor talks stall", "datePublished": "2025-11-20T09:00:00Z"}</script>
</head><body><article><h1>Grain corridor talks stall</h1>)";
  if (with_agreement) page += R"(<time pubdate datetime="2025-12-02">2 December 2025</time>)";
  page +=
      "<p>Negotiators left the table without a date for the next round.</p></article>"
      "</body></html>";
  return page;
}

TEST(HtmlMetadataTest, JsonLdBeatsOgAloneButNotAgreement) {
  HtmlMetadata alone = Extract(ConflictPage(false), "https://northwind.example/grain-talks");
  EXPECT_EQ(alone.published.Iso(), "2025-11-20T09:00Z");
  EXPECT_EQ(alone.published_source, "json-ld datePublished");
  HtmlMetadata agreed =
      Extract(ConflictPage(true), "https://northwind.example/2025/12/02/grain-talks");
  EXPECT_EQ(agreed.published.Iso(), "2025-12-02T08:00Z");
  EXPECT_EQ(agreed.published_source, "meta article:published_time");
}

TEST(HtmlMetadataTest, MalformedJsonLdFallsBack) {
  const std::string page = R"(<html><head>
<title>Lakeside council approves school budget - Lakeside Ledger</title>
<meta property="og:site_name" content="Lakeside Ledger">
<meta name="author" content="Pia Lund, Tomas Reyes">
<meta property="og:article:published_time" content="2025-12-01T18:45:00+01:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Lakeside council approves school budget", "datePublished": "2025-12-0</script>
<script type="application/ld+json"></script>
</head><body><h1>Lakeside council approves school budget</h1><p>The vote was 7 to 2.</p>
</body></html>)";
  HtmlMetadata m = Extract(page, "https://lakesideledger.example/council-budget");
  EXPECT_EQ(m.title, "Lakeside council approves school budget");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Pia Lund", "Tomas Reyes"}));
  EXPECT_EQ(m.authors_source, "meta author");
  EXPECT_EQ(m.published.Iso(), "2025-12-01T18:45+01:00");
  EXPECT_EQ(m.published_source, "meta og:article:published_time");
  EXPECT_EQ(m.site_name, "Lakeside Ledger");
}

TEST(HtmlMetadataTest, FutureAndImplausibleDatesAreRejected) {
  const std::string page = R"(<html><head><title>Observatory opens to the public</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Observatory opens",
 "datePublished": "2031-06-01T00:00:00Z", "dateModified": "0001-01-01T00:00:00Z"}</script>
<meta name="dc.date" content="1970-01-01">
<meta name="parsely-pub-date" content="2025-11-29T10:00:00Z">
</head><body><h1>Observatory opens to the public</h1></body></html>)";
  HtmlMetadata m = Extract(page, "https://northwind.example/observatory");
  EXPECT_EQ(m.published.Iso(), "2025-11-29T10:00Z");
  EXPECT_EQ(m.published_source, "meta parsely-pub-date");
  EXPECT_FALSE(m.modified.valid());
}

TEST(HtmlMetadataTest, MicrodataAndRelatedCards) {
  const std::string page = R"(<html lang="de-DE"><head><title>Hafen: Neue Gebühren</title></head>
<body><div itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Fähren streiken gegen neue Hafengebühren</h1>
<div class="meta">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span itemprop="name">Lena Ostrova</span></span>
  <meta itemprop="datePublished" content="2025-12-02T06:00:00+01:00">
</div>
<p>Die Fähren zwischen den Inseln stehen still.</p>
<div class="related-posts"><div itemscope itemtype="https://schema.org/NewsArticle">
  <span itemprop="author">Karl Brenner</span>
  <meta itemprop="datePublished" content="2023-01-15T06:00:00+01:00"></div></div>
</div></body></html>)";
  HtmlMetadata m = Extract(page, "https://hafenblatt.example/faehren");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Lena Ostrova"}));
  EXPECT_EQ(m.authors_source, "itemprop author");
  EXPECT_EQ(m.published.Iso(), "2025-12-02T06:00+01:00");
  EXPECT_EQ(m.published_source, "meta datepublished");
  EXPECT_EQ(m.language, "de");
  EXPECT_EQ(m.title, "Fähren streiken gegen neue Hafengebühren");
  EXPECT_EQ(m.title_source, "h1");
}

TEST(HtmlMetadataTest, LabelledUnixTimestampNearTheHeadline) {
  const std::string page = R"(<html><head><title>Storm closes mountain pass</title>
<meta property="og:locale" content="en_US"></head><body>
<article><h1>Storm closes mountain pass</h1>
<span class="timestamp" data-timestamp="1764684300">8 days ago</span>
<p>The pass will stay closed until the snow ploughs can reach the summit.</p></article>
</body></html>)";
  HtmlMetadata m = Extract(page, "https://northwind.example/storm");
  EXPECT_EQ(m.published.Iso(), "2025-12-02T14:05Z");
  EXPECT_EQ(m.published_source, "data attribute data-timestamp");
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.language_source, "og:locale");
}

TEST(HtmlMetadataTest, UrlDateIsTheLastResort) {
  const std::string page = R"(<html><head><title>Lighthouse keeper retires</title></head>
<body><h1>Lighthouse keeper retires</h1><p>After forty years on the rock.</p></body></html>)";
  HtmlMetadata m = Extract(page, "https://northwind.example/2025/11/30/lighthouse-keeper");
  EXPECT_EQ(m.published.Iso(), "2025-11-30");
  EXPECT_EQ(m.published_source, "url");
  EXPECT_EQ(m.site_name, "northwind.example");
  EXPECT_EQ(m.site_name_source, "host");
}

TEST(HtmlMetadataTest, ContentRootGuidesTheHead) {
  // No <h1>: the byline and dateline are read from the start of the content root; the
  // masthead's date above it is not.
  const std::string page = R"(<html><head><title>Bridge reopens</title></head><body>
<div class="top">Monday, December 8, 2025</div>
<section><p>By Ana Beltran</p><p>Dec. 5, 2025 10:42 AM ET</p>
<p>The bridge reopened to traffic on Friday after three months of repairs to its deck.</p>
</section></body></html>)";
  HtmlMetadata m = Extract(page, "https://northwind.example/bridge", html::Tag::kSection);
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ana Beltran"}));
  EXPECT_EQ(m.published.Iso(), "2025-12-05T10:42");
  EXPECT_EQ(m.published.zone, "ET");
  HtmlMetadata without = Extract(page, "https://northwind.example/bridge");
  EXPECT_FALSE(without.published.valid());  // no head found: nothing visible is trusted
}

TEST(HtmlMetadataTest, EmptyAndHostileInput) {
  for (const char* page : {"", "<html>", "<title></title>", "<script type=application/ld+json>",
                           "<script type=application/ld+json>{\"@graph\": [[[[</script>",
                           "<meta property=og:title content=''><h1></h1>"}) {
    HtmlMetadata m = Extract(page, "not a url");
    EXPECT_TRUE(m.title.empty()) << page;
    EXPECT_FALSE(m.published.valid()) << page;
    EXPECT_TRUE(m.canonical_url.empty()) << page;
  }
}

// Every prefix of a real-looking page (cut inside tags, JSON-LD, entities, UTF-8): no crash,
// and whatever comes out is still sane.
TEST(HtmlMetadataTest, TruncatedPagesStaySane) {
  const std::string page = kHarbourTimesPage;
  for (size_t cut = 0; cut <= page.size(); cut += 7) {
    HtmlMetadata m = Extract(page.substr(0, cut), "https://harbourtimes.example/ferry-strike");
    if (m.published.valid()) {
      EXPECT_EQ(m.published.date.Iso(), "2025-12-02") << "cut at " << cut;
    }
    for (const std::string& a : m.authors) {
      EXPECT_TRUE(a == "Marta Quill" || a == "Idris Bell") << a << " at cut " << cut;
    }
  }
}

}  // namespace
}  // namespace corroborate
