// ReadInputs on web pages and compressed inputs: .html, .html.gz, .gz sniffing, .jsonl.gz, JSON
// lines with html, pipes holding gzip or WARC, and a folder mixing every format.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "ingest/decode.h"
#include "ingest/reader.h"
#include "read_collector.h"
#include "temp_dir.h"
#include "warc_builder.h"

namespace corroborate {
namespace {

using testing::Gzip;
using testing::NewsPage;
using testing::PageRecord;
using testing::TempDir;

using testing::Collected;
using testing::Read;
using testing::ReadThroughFifo;

const std::string kPage = NewsPage(
    "Water rationing ends in Corran Valley",
    "The utility lifted the hosepipe ban on Friday after three weeks of steady rain refilled the "
    "Corran reservoir to 84 percent, its highest level since April.");
const char kStory[] = "Flooding closed the coastal road on Sunday.\nRepairs take a week.\n";

TEST(ReaderFormatsTest, HtmlFilesPlainAndGzipped) {
  TempDir dir;
  std::string html = dir.Write("a.html", kPage);
  std::string htm = dir.Write("b.HTM", kPage);
  std::string html_gz = dir.Write("c.html.gz", Gzip(kPage));
  std::string disguised = dir.Write("d.html", Gzip(kPage));  // gzip saved under .html
  Collected c = Read({html, htm, html_gz, disguised});
  EXPECT_TRUE(c.problems.empty());
  std::vector<std::string> uris = {html, htm, html_gz, disguised};
  EXPECT_EQ(c.Uris(), uris);
  for (const RawDocument& d : c.docs) {
    EXPECT_EQ(d.format, "html");
    EXPECT_EQ(d.bytes, kPage);
  }
}

TEST(ReaderFormatsTest, GzOfUnknownContentIsSniffed) {
  TempDir dir;
  std::string page = dir.Write("page.gz", Gzip(kPage));
  std::string story = dir.Write("story.txt.gz", Gzip(kStory));
  std::string php = dir.Write("index.php.gz", Gzip(kPage));
  std::string csv = dir.Write("table.csv.gz", Gzip("a,b\n1,2\n"));
  std::string warc = dir.Write("crawl.gz", Gzip(PageRecord("https://a.example/", kPage)));
  Collected c = Read({page, story, php, csv, warc});
  std::vector<std::string> uris = {page, story, php, warc + "#1"};
  EXPECT_EQ(c.Uris(), uris);
  std::vector<std::string> formats = {"html", "text", "html", "html"};
  EXPECT_EQ(c.Formats(), formats);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.ProblemFor(csv),
            "unsupported format '.csv.gz' (the content is not HTML, WARC or JSON lines)");
}

TEST(ReaderFormatsTest, BadGzipFiles) {
  TempDir dir;
  std::string gz = Gzip(kPage);
  std::string truncated = dir.Write("cut.html.gz", gz.substr(0, gz.size() / 2));
  std::string corrupt_bytes = gz;
  corrupt_bytes[10] = static_cast<char>(0xff);
  std::string corrupt = dir.Write("corrupt.html.gz", corrupt_bytes);
  std::string empty = dir.Write("empty.html.gz", "");
  std::string hollow = dir.Write("hollow.html.gz", Gzip(""));
  std::string bomb = dir.Write("bomb.html.gz", Gzip(std::string(8 << 20, '<')));
  Collected c = Read({truncated, corrupt, empty, hollow, bomb}, 1 << 20);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.ProblemFor(truncated), "truncated gzip: the file ends inside compressed data");
  EXPECT_EQ(c.ProblemFor(corrupt), "corrupt gzip data near byte 11 (invalid block type)");
  EXPECT_EQ(c.ProblemFor(empty), "empty file");
  EXPECT_EQ(c.ProblemFor(hollow), "empty once decompressed");
  EXPECT_EQ(c.ProblemFor(bomb), "too large: more than 1 MiB once decompressed");
}

TEST(ReaderFormatsTest, LargePageIsReadWhole) {
  // A 50 MB page is under the default limit: one document, read in one piece.
  std::string body;
  while (body.size() < (50u << 20)) body += "<p>" + std::string(1000, 'x') + "</p>\n";
  TempDir dir;
  std::string path = dir.Write("huge.html", NewsPage("Huge", body));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_GT(c.docs[0].bytes.size(), 50u << 20);
  EXPECT_EQ(c.ProblemFor(path), "<no problem for " + path + ">");
  EXPECT_EQ(Read({path}, 16u << 20).ProblemFor(path), "too large: 50.0 MiB, limit 16 MiB");
}

TEST(ReaderFormatsTest, JsonLinesWithHtmlAndGzipped) {
  const std::string lines =
      R"({"id":"p1","url":"https://a.example/water","html":"<html><body><p>Rationing ends.</p></body></html>"})"
      "\n"
      R"({"id":"p2","text":"Plain text report.","html":null})"
      "\n"
      R"({"id":"p3","html":"","text":"Text when html is empty."})"
      "\n"
      R"({"id":"p4","html":"   "})"
      "\n";
  TempDir dir;
  std::string plain = dir.Write("feed.jsonl", lines);
  std::string gz = dir.Write("feed.jsonl.gz", Gzip(lines));
  for (const std::string& path : {plain, gz}) {
    Collected c = Read({path});
    std::vector<std::string> uris = {path + ":1", path + ":2", path + ":3"};
    EXPECT_EQ(c.Uris(), uris);
    std::vector<std::string> formats = {"html", "text", "text"};
    EXPECT_EQ(c.Formats(), formats);
    ASSERT_EQ(c.docs.size(), 3u);
    EXPECT_EQ(c.docs[0].bytes, "<html><body><p>Rationing ends.</p></body></html>");
    EXPECT_EQ(c.docs[0].url, "https://a.example/water");
    EXPECT_EQ(c.docs[0].declared_charset, "UTF-8");
    EXPECT_EQ(c.ProblemFor(path + ":4"), "empty 'html' field");
  }
}

TEST(ReaderFormatsTest, TruncatedJsonLinesGzipKeepsCompleteLines) {
  std::string lines;
  for (int i = 0; i < 2000; ++i) {
    lines += R"({"id":")" + std::to_string(i) + R"(","text":"Report number )" +
             std::to_string(i * 7919 % 1000) + R"( on the water rationing."})" + "\n";
  }
  std::string gz = Gzip(lines);
  TempDir dir;
  std::string path = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  Collected c = Read({path});
  EXPECT_GT(c.docs.size(), 100u);
  EXPECT_LT(c.docs.size(), 2000u);
  EXPECT_EQ(c.ProblemFor(path), "truncated gzip: the file ends inside compressed data");
}

TEST(ReaderFormatsTest, PipesAreSniffed) {
  TempDir dir;
  Collected warc = ReadThroughFifo(
      dir, testing::GzipEach({testing::WarcInfoRecord(), PageRecord("https://a.example/", kPage)}));
  std::vector<std::string> uris = {dir.Path("pipe") + "#2"};
  EXPECT_EQ(warc.Uris(), uris);
  Collected html = ReadThroughFifo(dir, Gzip(kPage));
  ASSERT_EQ(html.docs.size(), 1u);
  EXPECT_EQ(html.docs[0].format, "html");
  EXPECT_EQ(html.docs[0].bytes, kPage);
  Collected jsonl = ReadThroughFifo(dir, Gzip("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"));
  EXPECT_EQ(jsonl.docs.size(), 2u);
  Collected text = ReadThroughFifo(dir, kStory);
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].format, "text");
}

TEST(ReaderFormatsTest, FolderMixingEveryFormat) {
  TempDir dir;
  dir.Write("in/1-report.txt", kStory);
  dir.Write("in/2-page.html", kPage);
  dir.Write("in/3-page.html.gz", Gzip(kPage));
  dir.Write("in/4-crawl.warc.gz",
            testing::GzipEach({testing::WarcInfoRecord(), PageRecord("https://a.example/1", kPage),
                               PageRecord("https://a.example/2", kPage)}));
  dir.Write("in/5-feed.jsonl", "{\"text\":\"One.\"}\n{\"html\":\"<p>Two.</p>\"}\n");
  Collected c = Read({dir.Path("in")});
  EXPECT_TRUE(c.problems.empty());
  const std::string base = dir.Path("in") + "/";
  std::vector<std::string> uris = {base + "1-report.txt",      base + "2-page.html",
                                   base + "3-page.html.gz",    base + "4-crawl.warc.gz#2",
                                   base + "4-crawl.warc.gz#3", base + "5-feed.jsonl:1",
                                   base + "5-feed.jsonl:2"};
  EXPECT_EQ(c.Uris(), uris);
  std::vector<std::string> formats = {"text", "html", "html", "html", "html", "text", "html"};
  EXPECT_EQ(c.Formats(), formats);
  for (RawDocument& doc : c.docs) {
    std::string uri = doc.uri;
    auto decoded = Decode(std::move(doc));
    EXPECT_TRUE(decoded.ok()) << uri << ": " << decoded.status().message();
  }
}

}  // namespace
}  // namespace corroborate
