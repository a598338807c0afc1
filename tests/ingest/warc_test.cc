// WARC reading end to end through ReadInputs: which records become documents, how they are
// named, and what happens to damaged files. Every WARC is built here (warc_builder.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/decode.h"
#include "ingest/reader.h"
#include "temp_dir.h"
#include "warc_builder.h"

namespace corroborate {
namespace {

using testing::Concat;
using testing::Gzip;
using testing::GzipEach;
using testing::HttpResponse;
using testing::NewsPage;
using testing::PageRecord;
using testing::RequestRecord;
using testing::TempDir;
using testing::WarcFields;
using testing::WarcInfoRecord;
using testing::WarcRecord;

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<InputProblem> problems;
  std::vector<std::string> notes;

  std::vector<std::string> Uris() const {
    std::vector<std::string> out;
    for (const RawDocument& d : docs) out.push_back(d.uri);
    return out;
  }
  std::vector<std::string> Problems() const {
    std::vector<std::string> out;
    for (const InputProblem& p : problems) out.push_back(p.uri + ": " + p.reason);
    return out;
  }
};

Collected Read(const std::vector<std::string>& inputs, size_t max_bytes = 64u << 20) {
  Collected c;
  ReadOptions options;
  options.max_file_bytes = max_bytes;
  options.notes = [&](const std::string& uri, const std::string& note) {
    c.notes.push_back(uri + ": " + note);
  };
  ReadInputs(
      inputs, options, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { c.problems.push_back(std::move(p)); });
  return c;
}

const std::string kFloodPage =
    NewsPage("River Alder bursts its banks",
             "Emergency crews evacuated 240 homes in Millbrook on Sunday night as the river rose "
             "faster than forecast, the regional water authority said.");
const std::string kBridgePage =
    NewsPage("Council votes to rebuild Kestrel Bridge",
             "The county council approved a 14 million euro plan to replace the footbridge, "
             "closed since a barge struck it in February.");
const std::string kSchoolPage =
    NewsPage("Schools reopen after storm repairs",
             "Pupils in Eastbury returned to class on Wednesday once engineers had cleared the "
             "roofs of fallen slates.");

// A crawl as crawlers write it: warcinfo, then request/response pairs, some not HTML.
std::vector<std::string> TypicalCrawl() {
  WarcFields image;
  image.target_uri = "https://news.example.org/img/flood.jpg";
  WarcFields redirect;
  redirect.target_uri = "http://news.example.org/bridge";
  WarcFields metadata;
  metadata.type = "metadata";
  metadata.content_type = "application/warc-fields";
  return {
      WarcInfoRecord(),
      RequestRecord("https://news.example.org/flood"),
      PageRecord("https://news.example.org/flood", kFloodPage),
      WarcRecord(image, HttpResponse(200, {"Content-Type: image/jpeg"}, "\xff\xd8\xff\xe0JFIF")),
      WarcRecord(redirect, HttpResponse(301, {"Location: https://news.example.org/bridge"}, "")),
      WarcRecord(metadata, "outlinks: https://news.example.org/bridge\r\n"),
      PageRecord("https://news.example.org/bridge", kBridgePage, "ISO-8859-1"),
  };
}

TEST(WarcTest, ResponsesBecomeHtmlDocuments) {
  TempDir dir;
  std::string path = dir.Write("crawl.warc", Concat(TypicalCrawl()));
  Collected c = Read({path});
  EXPECT_TRUE(c.problems.empty()) << ::testing::PrintToString(c.Problems());
  std::vector<std::string> uris = {path + "#3", path + "#7"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].format, "html");
  EXPECT_EQ(c.docs[0].bytes, kFloodPage);
  EXPECT_EQ(c.docs[0].url, "https://news.example.org/flood");
  EXPECT_EQ(c.docs[0].fetched, "2025-03-04T10:15:00Z");
  EXPECT_EQ(c.docs[0].declared_charset, "utf-8");
  EXPECT_TRUE(c.docs[0].published.empty());  // a crawl date is not a publish date
  EXPECT_EQ(c.docs[1].declared_charset, "ISO-8859-1");
  ASSERT_EQ(c.notes.size(), 1u);
  EXPECT_EQ(c.notes[0],
            path + ": read 2 pages; skipped 1 record not HTML, 1 response with a non-2xx status");
}

TEST(WarcTest, GzipPerRecordAndWholeFileReadTheSame) {
  TempDir dir;
  std::string per_record = dir.Write("a.warc.gz", GzipEach(TypicalCrawl()));
  std::string whole = dir.Write("b.warc.gz", Gzip(Concat(TypicalCrawl())));
  for (const std::string& path : {per_record, whole}) {
    Collected c = Read({path});
    EXPECT_TRUE(c.problems.empty()) << path;
    std::vector<std::string> uris = {path + "#3", path + "#7"};
    EXPECT_EQ(c.Uris(), uris);
    ASSERT_EQ(c.docs.size(), 2u);
    EXPECT_EQ(c.docs[1].bytes, kBridgePage);
  }
}

TEST(WarcTest, ChunkedAndCompressedBodiesAreUndone) {
  const std::string gz = Gzip(kFloodPage);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 100) {
    std::string part = gz.substr(i, 100);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", part.size());
    chunked += std::string(size) + ";ext=1\r\n" + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  WarcFields f;
  f.target_uri = "https://news.example.org/flood";
  std::vector<std::string> records = {
      WarcRecord(f, HttpResponse(200,
                                 {"Content-Type: text/html; charset=utf-8",
                                  "Transfer-Encoding: chunked", "Content-Encoding: gzip"},
                                 chunked)),
      WarcRecord(f, HttpResponse(200, {"Content-Type: text/html", "Content-Encoding: deflate"},
                                 testing::Deflate(kBridgePage, -15))),  // raw deflate
      WarcRecord(f, HttpResponse(200, {"Content-Type: text/html", "Content-Encoding: deflate"},
                                 testing::Deflate(kBridgePage, 15))),  // zlib
      WarcRecord(f, HttpResponse(200, {"Content-Type: text/html", "Content-Encoding: br"},
                                 testing::BrotliStored(kSchoolPage))),
      // Stored already decoded although the header still names the coding.
      WarcRecord(
          f, HttpResponse(200, {"Content-Type: text/html", "Content-Encoding: gzip"}, kSchoolPage)),
  };
  TempDir dir;
  Collected c = Read({dir.Write("c.warc.gz", GzipEach(records))});
  EXPECT_TRUE(c.problems.empty()) << ::testing::PrintToString(c.Problems());
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_EQ(c.docs[0].bytes, kFloodPage);
  EXPECT_EQ(c.docs[1].bytes, kBridgePage);
  EXPECT_EQ(c.docs[2].bytes, kBridgePage);
  EXPECT_EQ(c.docs[3].bytes, kSchoolPage);
  EXPECT_EQ(c.docs[4].bytes, kSchoolPage);
}

TEST(WarcTest, ResourcesSniffingAndConversions) {
  WarcFields resource;
  resource.type = "resource";
  resource.target_uri = "file:///archive/school.html";
  resource.content_type = "text/html; charset=windows-1252";
  WarcFields octet;
  octet.target_uri = "https://news.example.org/bridge";
  WarcFields css = octet;
  css.target_uri = "https://news.example.org/site.css";
  WarcFields wet;
  wet.type = "conversion";
  wet.target_uri = "https://news.example.org/flood";
  wet.content_type = "text/plain";
  std::vector<std::string> records = {
      WarcRecord(resource, kSchoolPage),
      WarcRecord(octet, HttpResponse(200, {"Content-Type: application/octet-stream"}, kBridgePage)),
      WarcRecord(octet, HttpResponse(200, {}, "%PDF-1.7\n%binary")),  // no type, not a page
      WarcRecord(css, HttpResponse(200, {"Content-Type: text/css"}, "body { margin: 0 }")),
      WarcRecord(wet, "River Alder bursts its banks\nEmergency crews evacuated 240 homes.\n"),
  };
  TempDir dir;
  std::string path = dir.Write("mixed.warc", Concat(records));
  Collected c = Read({path});
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].uri, path + "#1");
  EXPECT_EQ(c.docs[0].declared_charset, "windows-1252");
  EXPECT_EQ(c.docs[0].url, "file:///archive/school.html");
  EXPECT_EQ(c.docs[1].bytes, kBridgePage);
  EXPECT_EQ(c.docs[2].format, "text");
  ASSERT_EQ(c.notes.size(), 1u);
  EXPECT_EQ(c.notes[0], path + ": read 3 pages; skipped 2 records not HTML");
}

TEST(WarcTest, TargetUriInAngleBracketsAndOldVersions) {
  std::string record = PageRecord("<https://news.example.org/flood>", kFloodPage);
  record.replace(0, 8, "WARC/1.0");
  TempDir dir;
  Collected c = Read({dir.Write("old.warc", record)});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].url, "https://news.example.org/flood");
}

TEST(WarcTest, TruncatedGzipKeepsEarlierRecords) {
  std::string gz = GzipEach({PageRecord("https://a.example/1", kFloodPage),
                             PageRecord("https://a.example/2", kBridgePage)});
  TempDir dir;
  std::string path = dir.Write("cut.warc.gz", gz.substr(0, gz.size() - 40));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, path + "#1");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#2");
  EXPECT_EQ(c.problems[0].reason.rfind("record cut short: Content-Length says ", 0), 0u)
      << c.problems[0].reason;
  EXPECT_NE(c.problems[0].reason.find("(truncated gzip: the file ends inside compressed data)"),
            std::string::npos)
      << c.problems[0].reason;
}

TEST(WarcTest, TruncatedPlainRecord) {
  std::string warc = Concat({PageRecord("https://a.example/1", kFloodPage),
                             PageRecord("https://a.example/2", kBridgePage)});
  TempDir dir;
  std::string path = dir.Write("cut.warc", warc.substr(0, warc.size() - 100));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#2");
  EXPECT_EQ(c.problems[0].reason.rfind("record cut short: Content-Length says", 0), 0u);
}

TEST(WarcTest, ContentLengthLongerThanTheFile) {
  WarcFields liar;
  liar.target_uri = "https://a.example/liar";
  liar.content_length = 10'000'000;
  std::string body = HttpResponse(200, {"Content-Type: text/html"}, kSchoolPage);
  TempDir dir;
  std::string path = dir.Write(
      "liar.warc", Concat({PageRecord("https://a.example/1", kFloodPage), WarcRecord(liar, body),
                           PageRecord("https://a.example/3", kBridgePage)}));
  Collected c = Read({path});
  // The lying record is dropped; the record inside its claimed length is still read.
  std::vector<std::string> uris = {path + "#1", path + "#3"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#2");
  EXPECT_NE(c.problems[0].reason.find("a record header follows inside it"), std::string::npos)
      << c.problems[0].reason;
}

TEST(WarcTest, ContentLengthTooLongWithinTheFile) {
  const std::string block =
      HttpResponse(200, {"Content-Type: text/html; charset=utf-8"}, kFloodPage);
  WarcFields liar;
  liar.target_uri = "https://a.example/1";
  liar.content_length = static_cast<long long>(block.size()) + 60;  // ends in the next header
  TempDir dir;
  std::string path = dir.Write(
      "long.warc", Concat({WarcRecord(liar, block), PageRecord("https://a.example/2", kBridgePage),
                           PageRecord("https://a.example/3", kSchoolPage)}));
  Collected c = Read({path});
  std::vector<std::string> uris = {path + "#2", path + "#3"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u) << ::testing::PrintToString(c.Problems());
  EXPECT_EQ(c.problems[0].uri, path + "#1");
  EXPECT_EQ(c.problems[0].reason,
            "Content-Length (" + std::to_string(block.size() + 60) +
                " bytes) runs past the end of the record into the next one; record skipped");
}

TEST(WarcTest, ContentLengthTooShortResyncsOnNextRecord) {
  WarcFields liar;
  liar.target_uri = "https://a.example/short";
  liar.content_length = 90;  // ends inside the HTTP head
  TempDir dir;
  std::string path = dir.Write(
      "short.warc.gz",
      GzipEach({WarcRecord(liar, HttpResponse(200, {"Content-Type: text/html"}, kSchoolPage)),
                PageRecord("https://a.example/2", kBridgePage)}));
  Collected c = Read({path});
  std::vector<std::string> uris = {path + "#2"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u) << ::testing::PrintToString(c.Problems());
  EXPECT_EQ(c.problems[0].uri, path + "#1");
  EXPECT_EQ(c.problems[0].reason,
            "the record does not end where its Content-Length (90 bytes) says; record skipped");
}

TEST(WarcTest, GarbageBetweenRecordsIsReportedOnce) {
  TempDir dir;
  std::string path =
      dir.Write("junk.warc", Concat({PageRecord("https://a.example/1", kFloodPage),
                                     "leftover bytes from a broken copy\nand more of them\n",
                                     PageRecord("https://a.example/2", kBridgePage), "\r\n\r\n"}));
  Collected c = Read({path});
  EXPECT_EQ(c.docs.size(), 2u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#2");
  EXPECT_EQ(c.problems[0].reason,
            "garbage before the record (49 bytes that are not part of any record, skipped)");
}

TEST(WarcTest, CorruptGzipMemberCostsOnlyItsRecord) {
  std::string bad = Gzip(PageRecord("https://a.example/2", kBridgePage));
  for (size_t i = 30; i < 60; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
  TempDir dir;
  std::string path =
      dir.Write("corrupt.warc.gz", Gzip(PageRecord("https://a.example/1", kFloodPage)) + bad +
                                       Gzip(PageRecord("https://a.example/3", kSchoolPage)));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].url, "https://a.example/1");
  EXPECT_EQ(c.docs[1].url, "https://a.example/3");
  ASSERT_EQ(c.problems.size(), 1u) << ::testing::PrintToString(c.Problems());
  EXPECT_NE(c.problems[0].reason.find("corrupt gzip data near byte"), std::string::npos)
      << c.problems[0].reason;
  EXPECT_NE(c.problems[0].reason.find("reading resumes at the next intact gzip member"),
            std::string::npos);
}

TEST(WarcTest, OversizedRecordIsSkippedAndReadingGoesOn) {
  std::string big = NewsPage("Long page", std::string(300 * 1024, 'w'));
  TempDir dir;
  std::string path = dir.Write(
      "big.warc.gz", GzipEach({WarcInfoRecord(), PageRecord("https://a.example/1", kFloodPage),
                               PageRecord("https://a.example/big", big),
                               PageRecord("https://a.example/3", kSchoolPage)}));
  Collected c = Read({path}, 100 * 1024);
  std::vector<std::string> uris = {path + "#2", path + "#4"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#3");
  EXPECT_EQ(c.problems[0].reason.rfind("too large: 300.", 0), 0u) << c.problems[0].reason;
}

TEST(WarcTest, GzipBombRecordCostsNoMemory) {
  // 64 MiB of zeros behind a text/html header, per-record gzip: skipped by member.
  std::string head_of_bomb =
      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/bomb\r\n"
      "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
      std::to_string((64u << 20) + 44) +
      "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
  const std::string bomb = testing::GzipBomb(head_of_bomb, 64, "\r\n\r\n");
  ASSERT_LT(bomb.size(), 1u << 20);
  TempDir dir;
  std::string path = dir.Write(
      "bomb.warc.gz", GzipEach({WarcInfoRecord(), PageRecord("https://a.example/1", kFloodPage)}) +
                          bomb + Gzip(PageRecord("https://a.example/3", kSchoolPage)));
  Collected c = Read({path}, 1 << 20);
  std::vector<std::string> uris = {path + "#2", path + "#4"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].reason, "too large: 64.0 MiB, limit 1 MiB");
}

TEST(WarcTest, OversizedRecordInPerRecordGzipIsNotInflated) {
  // The oversized record's member is damaged after its start: inflating the rest would report
  // the damage; skipping the member unread does not.
  std::string big;
  for (int i = 0; i < 40000; ++i)
    big += "<p>Paragraph " + std::to_string(i * 7919 % 10007) + "</p>";
  std::string member = Gzip(PageRecord("https://a.example/big", NewsPage("Big", big)));
  for (size_t i = member.size() / 2; i < member.size() / 2 + 64; ++i) member[i] = '\x55';
  TempDir dir;
  std::string path = dir.Write(
      "skip.warc.gz", GzipEach({WarcInfoRecord(), PageRecord("https://a.example/1", kFloodPage)}) +
                          member + Gzip(PageRecord("https://a.example/3", kSchoolPage)));
  Collected c = Read({path}, 100 * 1024);
  std::vector<std::string> uris = {path + "#2", path + "#4"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.problems.size(), 1u) << ::testing::PrintToString(c.Problems());
  EXPECT_EQ(c.problems[0].reason.rfind("too large: ", 0), 0u);
}

TEST(WarcTest, GzipBombInContentEncodingIsBounded) {
  std::string body = Gzip(std::string(8 << 20, ' '));
  WarcFields f;
  f.target_uri = "https://a.example/bomb";
  TempDir dir;
  std::string path = dir.Write(
      "ce.warc",
      WarcRecord(f,
                 HttpResponse(200, {"Content-Type: text/html", "Content-Encoding: gzip"}, body)));
  Collected c = Read({path}, 1 << 20);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].uri, path + "#1");
  EXPECT_EQ(c.problems[0].reason, "more than 1 MiB after Content-Encoding gzip");
}

TEST(WarcTest, BadHeadersAndEmptyFiles) {
  WarcFields no_length;
  std::string broken = WarcRecord(no_length, "x");
  broken.replace(broken.find("Content-Length: 1"), 17, "Content-Length: lots");
  TempDir dir;
  std::string path = dir.Write("bad.warc", broken + PageRecord("https://a.example/2", kBridgePage));
  std::string empty = dir.Write("empty.warc.gz", "");
  std::string empty_gz = dir.Write("hollow.warc.gz", Gzip(""));
  std::string not_warc = dir.Write("page.warc", kFloodPage);
  Collected c = Read({path, empty, empty_gz, not_warc});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, path + "#2");
  std::vector<std::string> problems = {
      path + "#1: record header without a valid Content-Length",
      empty + ": empty file",
      empty_gz + ": empty once decompressed",
      not_warc + ": not a WARC file (no WARC/ record header at its start)",
  };
  EXPECT_EQ(c.Problems(), problems);
}

TEST(WarcTest, OverlongHeaderLineDoesNotHang) {
  TempDir dir;
  std::string path =
      dir.Write("long-header.warc", "WARC/1.1\r\nWARC-Target-URI: https://a.example/" +
                                        std::string(300 * 1024, 'x') + "\r\n\r\n" +
                                        PageRecord("https://a.example/2", kBridgePage));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, path + "#2");
  std::vector<std::string> problems = {path + "#1: record header line longer than 64.0 KiB"};
  EXPECT_EQ(c.Problems(), problems);
}

TEST(WarcTest, HeaderCutShortAtEndOfFile) {
  TempDir dir;
  std::string path = dir.Write(
      "cut.warc", PageRecord("https://a.example/1", kFloodPage) + "WARC/1.1\r\nWARC-Type: resp");
  Collected c = Read({path});
  EXPECT_EQ(c.docs.size(), 1u);
  std::vector<std::string> problems = {path + "#2: record header cut short (the file ends)"};
  EXPECT_EQ(c.Problems(), problems);
}

TEST(WarcTest, DecodesWithHttpCharset) {
  // windows-1251 bytes for "Новости" declared only by HTTP.
  const std::string cyrillic = "\xcd\xee\xe2\xee\xf1\xf2\xe8";
  TempDir dir;
  std::string path = dir.Write(
      "ru.warc", PageRecord("https://a.example/ru", NewsPage(cyrillic, cyrillic + " " + cyrillic),
                            "windows-1251"));
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  auto decoded = Decode(std::move(c.docs[0]));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->charset, "windows-1251");
  EXPECT_NE(decoded->text.find("<title>Новости</title>"), std::string::npos);
  EXPECT_EQ(decoded->raw.url, "https://a.example/ru");
}

}  // namespace
}  // namespace corroborate
