#include "ingest/line_reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "ingest/file_io.h"
#include "temp_dir.h"

namespace corroborate::ingest {
namespace {

std::vector<LineReader::Line> All(LineReader* reader) {
  std::vector<LineReader::Line> lines;
  LineReader::Line line;
  while (reader->Next(&line)) lines.push_back(line);
  return lines;
}

TEST(LineReaderTest, SplitsMemoryInput) {
  LineReader reader(-1, "first\r\n\nthird", 100);
  auto lines = All(&reader);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "first");
  EXPECT_EQ(lines[1].text, "");
  EXPECT_EQ(lines[2].text, "third");
  EXPECT_EQ(lines[2].number, 3u);
  EXPECT_EQ(reader.error(), 0);
}

TEST(LineReaderTest, TrailingNewlineMakesNoExtraLine) {
  LineReader reader(-1, "a\nb\n", 100);
  EXPECT_EQ(All(&reader).size(), 2u);
}

TEST(LineReaderTest, LongLinesAcrossReadChunksFromAFile) {
  testing::TempDir dir;
  // Lines longer than the reader's 1 MiB chunk, one of them over the limit.
  std::string ok(1500000, 'k');
  std::string too_long(3000000, 't');
  std::string path = dir.Write("lines.jsonl", ok + "\n" + too_long + "\nend");
  ScopedFd fd(::open(path.c_str(), O_RDONLY));
  ASSERT_GE(fd.get(), 0);
  LineReader reader(fd.get(), "", 2000000);
  auto lines = All(&reader);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text.size(), ok.size());
  EXPECT_FALSE(lines[0].too_long);
  EXPECT_TRUE(lines[1].too_long);
  EXPECT_EQ(lines[1].length, too_long.size());
  EXPECT_TRUE(lines[1].text.empty());
  EXPECT_EQ(lines[2].text, "end");
  EXPECT_EQ(lines[2].number, 3u);
}

TEST(LineReaderTest, PrefixThenDescriptor) {
  testing::TempDir dir;
  std::string path = dir.Write("rest", "lo\nworld\n");
  ScopedFd fd(::open(path.c_str(), O_RDONLY));
  LineReader reader(fd.get(), "hel", 100);
  auto lines = All(&reader);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "hello");
  EXPECT_EQ(lines[1].text, "world");
}

}  // namespace
}  // namespace corroborate::ingest
