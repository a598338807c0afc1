#include "ingest/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "ingest/decode.h"
#include "read_collector.h"
#include "temp_dir.h"
#include "warc_builder.h"

namespace corroborate {
namespace {

using testing::TempDir;

using testing::Collected;
using testing::Read;
using testing::ReadThroughFifo;

const char kStory[] =
    "Flooding closed the coastal road on Sunday.\n"
    "Officials said repairs would take a week.\n";

TEST(ReaderTest, TextFileIsOneDocument) {
  TempDir dir;
  std::string path = dir.Write("report.txt", kStory);
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.problems.empty());
  EXPECT_EQ(c.docs[0].uri, path);
  EXPECT_EQ(c.docs[0].bytes, kStory);
  EXPECT_EQ(c.docs[0].format, "text");
  EXPECT_TRUE(c.docs[0].declared_charset.empty());
}

TEST(ReaderTest, FolderIsReadRecursivelyInNameOrder) {
  TempDir dir;
  dir.Write("news/z_last.txt", kStory);
  dir.Write("news/b.txt", kStory);
  dir.Write("news/a", kStory);  // no extension: text
  dir.Write("news/m/inner.TXT", kStory);
  dir.Write("news/m/deeper/x.txt", kStory);
  Collected c = Read({dir.Path("news")});
  std::string base = dir.Path("news");
  std::vector<std::string> expected = {base + "/a", base + "/b.txt", base + "/m/deeper/x.txt",
                                       base + "/m/inner.TXT", base + "/z_last.txt"};
  EXPECT_EQ(c.Uris(), expected);
  EXPECT_TRUE(c.problems.empty());
}

TEST(ReaderTest, HiddenFilesAndFoldersAreSkippedInFolders) {
  TempDir dir;
  dir.Write("in/.DS_Store", "\x00\x01");
  dir.Write("in/.git/config", "[core]");
  dir.Write("in/.draft.txt", kStory);
  dir.Write("in/visible.txt", kStory);
  Collected c = Read({dir.Path("in")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, dir.Path("in/visible.txt"));
  EXPECT_TRUE(c.problems.empty());
  // Named explicitly, a hidden file is read.
  EXPECT_EQ(Read({dir.Path("in/.draft.txt")}).docs.size(), 1u);
}

TEST(ReaderTest, UnsupportedExtensionsAreReported) {
  TempDir dir;
  std::string docx = dir.Write("in/page.docx", "PK\x03\x04");
  dir.Write("in/story.txt", kStory);
  std::string pdf = dir.Write("scan.pdf", "%PDF-1.4");
  std::string tgz = dir.Write("pages.tar.gz", testing::Gzip("x"));
  Collected c = Read({dir.Path("in"), pdf, tgz});
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.problems.size(), 3u);
  const std::string supported = "(supported: .txt, .html, .htm, .jsonl, .warc, and these gzipped)";
  EXPECT_EQ(c.ProblemFor(docx), "unsupported format '.docx' " + supported);
  EXPECT_EQ(c.ProblemFor(pdf), "unsupported format '.pdf' " + supported);
  EXPECT_EQ(c.ProblemFor(tgz), "unsupported format '.tar.gz' " + supported);
}

TEST(ReaderTest, MissingEmptyAndTooLarge) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string big = dir.Write("big.txt", std::string(3000, 'a'));
  std::string missing = dir.Path("nowhere.txt");
  ReadOptions options;
  options.max_file_bytes = 2048;
  Collected c = Read({missing, empty, big}, options);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.ProblemFor(missing), "no such file or directory");
  EXPECT_EQ(c.ProblemFor(empty), "empty file");
  EXPECT_EQ(c.ProblemFor(big), "too large: 2.9 KiB, limit 2.0 KiB");
}

TEST(ReaderTest, TooLargeInMiB) {
  TempDir dir;
  std::string big = dir.Write("big.txt", std::string((1 << 20) + 1, 'a'));
  ReadOptions options;
  options.max_file_bytes = 1 << 20;
  EXPECT_EQ(Read({big}, options).ProblemFor(big), "too large: 1.0 MiB, limit 1 MiB");
}

TEST(ReaderTest, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions are not enforced";
  TempDir dir;
  std::string path = dir.Write("secret.txt", kStory);
  ::chmod(path.c_str(), 0);
  Collected c = Read({path});
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.ProblemFor(path), "permission denied");
}

TEST(ReaderTest, SymlinkLoopDoesNotHang) {
  TempDir dir;
  dir.Write("in/story.txt", kStory);
  std::filesystem::create_directory_symlink(dir.Path("in"), dir.Path("in/again"));
  dir.Write("other/story.txt", kStory);
  std::filesystem::create_symlink(dir.Path("other/missing.txt"), dir.Path("other/dangling.txt"));
  Collected c = Read({dir.Path("in"), dir.Path("other")});
  EXPECT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.ProblemFor(dir.Path("in/again")).rfind("symbolic link loop", 0), 0u);
  EXPECT_EQ(c.ProblemFor(dir.Path("other/dangling.txt")), "broken symbolic link");
}

TEST(ReaderTest, JsonLinesGoodAndBadLines) {
  TempDir dir;
  std::string path = dir.Write(
      "feed.jsonl",
      R"({"id":"a1","url":"https://example.org/a1","outlet":"The Valley Post","title":"Bridge reopens","published":"2025-03-02","text":"The bridge reopened on Monday.","tags":["x"]})"
      "\n"
      "\n"            // 2: blank, skipped
      "{not json}\n"  // 3
      "[1, 2]\n"      // 4
      R"({"title":"No body here"})"
      "\n"  // 5
      R"({"text":"Fine text","title":42})"
      "\n"  // 6
      R"({"body":"Council approved the budget.","date":"2025-03-03","id":77,"title":null})"
      "\r\n"  // 7: CRLF, synonyms
      R"({"text":"   "})"
      "\n"                                            // 8
      R"({"content":"Last line without newline"})");  // 9
  Collected c = Read({path});
  std::vector<std::string> uris = {path + ":1", path + ":7", path + ":9"};
  EXPECT_EQ(c.Uris(), uris);
  ASSERT_EQ(c.docs.size(), 3u);
  const RawDocument& first = c.docs[0];
  EXPECT_EQ(first.id, "a1");
  EXPECT_EQ(first.url, "https://example.org/a1");
  EXPECT_EQ(first.outlet, "The Valley Post");
  EXPECT_EQ(first.title, "Bridge reopens");
  EXPECT_EQ(first.published, "2025-03-02");
  EXPECT_EQ(first.bytes, "The bridge reopened on Monday.");
  EXPECT_EQ(first.declared_charset, "UTF-8");
  EXPECT_EQ(first.format, "text");
  EXPECT_EQ(c.docs[1].bytes, "Council approved the budget.");
  EXPECT_EQ(c.docs[1].published, "2025-03-03");
  EXPECT_EQ(c.docs[1].id, "77");
  EXPECT_TRUE(c.docs[1].title.empty());

  ASSERT_EQ(c.problems.size(), 5u);
  EXPECT_EQ(c.ProblemFor(path + ":3").rfind("invalid JSON", 0), 0u);
  EXPECT_EQ(c.ProblemFor(path + ":4"), "not a JSON object");
  EXPECT_EQ(c.ProblemFor(path + ":5"), "missing 'text' (or 'html') field");
  EXPECT_EQ(c.ProblemFor(path + ":6"), "field 'title' is not a string");
  EXPECT_EQ(c.ProblemFor(path + ":8"), "empty 'text' field");
}

TEST(ReaderTest, JsonLinesUnicodeEscapesAreUtf8) {
  TempDir dir;
  std::string path = dir.Write("feed.ndjson", R"({"text":"Caf\u00e9 in Ky\u00efv \ud83d\ude00"})"
                                              "\n");
  Collected c = Read({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, "Café in Kyïv \U0001F600");
  auto decoded = Decode(std::move(c.docs[0]));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text, "Café in Kyïv \U0001F600");
}

TEST(ReaderTest, JsonLineTooLongIsReportedAndSkipped) {
  TempDir dir;
  std::string long_line = R"({"text":")" + std::string(5000, 'w') + "\"}";
  std::string path = dir.Write("feed.jsonl", long_line + "\n" + R"({"text":"Short one."})" + "\n");
  ReadOptions options;
  options.max_file_bytes = 1024;
  Collected c = Read({path}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, path + ":2");
  EXPECT_EQ(c.ProblemFor(path + ":1"), "line too long (4.9 KiB, limit 1.0 KiB)");
}

TEST(ReaderTest, JsonLinesInsideFolders) {
  TempDir dir;
  dir.Write("in/a.txt", kStory);
  dir.Write("in/b.jsonl", R"({"text":"One."})"
                          "\n"
                          R"({"text":"Two."})"
                          "\n");
  Collected c = Read({dir.Path("in")});
  std::vector<std::string> uris = {dir.Path("in/a.txt"), dir.Path("in/b.jsonl") + ":1",
                                   dir.Path("in/b.jsonl") + ":2"};
  EXPECT_EQ(c.Uris(), uris);
}

TEST(ReaderTest, PipeWithJsonLines) {
  TempDir dir;
  Collected c = ReadThroughFifo(dir, "{\"text\":\"One.\"}\n\n  {\"text\":\"Two.\"}\n");
  std::vector<std::string> uris = {dir.Path("pipe") + ":1", dir.Path("pipe") + ":3"};
  EXPECT_EQ(c.Uris(), uris);
}

TEST(ReaderTest, PipeWithPlainText) {
  TempDir dir;
  Collected c = ReadThroughFifo(dir, "{Editor's note} first line\nThen the story.\n");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].uri, dir.Path("pipe"));
  EXPECT_EQ(c.docs[0].bytes, "{Editor's note} first line\nThen the story.\n");
}

TEST(ReaderTest, SinkExceptionDoesNotEscape) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kStory);
  std::vector<InputProblem> problems;
  EXPECT_NO_THROW(ReadInputs(
      {path}, {}, [](RawDocument&&) { throw std::runtime_error("sink broke"); },
      [&](InputProblem&& p) { problems.push_back(std::move(p)); }));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].reason, "internal error: sink broke");
}

TEST(ReaderTest, SeedArticlesReadAndDecode) {
  std::string seeds = std::string(CORROBORATE_SHARED_DIR) + "/seeds";
  if (!std::filesystem::is_directory(seeds)) {
    GTEST_SKIP() << "no seed articles at " << seeds;
  }
  Collected c = Read({seeds});
  ASSERT_GE(c.docs.size(), 1u);
  EXPECT_TRUE(c.problems.empty());
  for (size_t i = 1; i < c.docs.size(); ++i) EXPECT_LT(c.docs[i - 1].uri, c.docs[i].uri);
  for (RawDocument& doc : c.docs) {
    std::string uri = doc.uri;
    auto decoded = Decode(std::move(doc));
    ASSERT_TRUE(decoded.ok()) << uri << ": " << decoded.status().message();
    EXPECT_EQ(decoded->charset, "UTF-8");
    EXPECT_GT(decoded->text.size(), 500u);
    EXPECT_EQ(decoded->text.find('\r'), std::string::npos);
  }
}

}  // namespace
}  // namespace corroborate
