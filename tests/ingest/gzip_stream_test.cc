#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>

#include <string>

#include "warc_builder.h"

namespace corroborate::ingest {
namespace {

using testing::Gzip;

// Reads everything, taking each problem (so a break resumes); returns the content read.
std::string ReadAll(GzipStream* in, std::vector<std::string>* problems, size_t chunk = 7) {
  std::string out;
  std::string buf(chunk, '\0');
  while (true) {
    const size_t n = in->Read(buf.data(), buf.size());
    if (n > 0) {
      out.append(buf, 0, n);
      continue;
    }
    if (in->broken()) {
      problems->push_back(in->TakeProblem());
      continue;
    }
    if (!in->problem().empty()) problems->push_back(in->TakeProblem());
    return out;
  }
}

const std::string kFirst = "The ferry resumed service on Tuesday after the storm.\n";
const std::string kSecond = "Harbour officials said the pier had been inspected.\n";

TEST(GzipStreamTest, PlainBytesPassThrough) {
  GzipStream in(-1, kFirst);
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), kFirst);
  EXPECT_FALSE(in.compressed());
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(in.at_end());
}

TEST(GzipStreamTest, InflatesConcatenatedMembers) {
  GzipStream in(-1, Gzip(kFirst) + Gzip(kSecond));
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems, 4096), kFirst + kSecond);
  EXPECT_TRUE(in.compressed());
  EXPECT_TRUE(problems.empty());
}

TEST(GzipStreamTest, ReadsNeverSpanMembersAndReportStarts) {
  GzipStream in(-1, Gzip(kFirst) + Gzip(kSecond));
  std::string buf(4096, '\0');
  EXPECT_FALSE(in.at_member_start());  // not known before the first read
  EXPECT_EQ(in.Read(buf.data(), 10), 10u);
  EXPECT_FALSE(in.at_member_start());
  EXPECT_EQ(in.Read(buf.data(), buf.size()), kFirst.size() - 10);
  EXPECT_TRUE(in.at_member_start());
  EXPECT_EQ(in.Read(buf.data(), buf.size()), kSecond.size());
}

TEST(GzipStreamTest, TrailingNulPaddingIsIgnored) {
  GzipStream in(-1, Gzip(kFirst) + std::string(512, '\0'));
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), kFirst);
  EXPECT_TRUE(problems.empty());
}

TEST(GzipStreamTest, TruncatedMemberEndsWithProblem) {
  std::string gz = Gzip(kFirst + kSecond);
  GzipStream in(-1, gz.substr(0, gz.size() - 12));
  std::vector<std::string> problems;
  std::string got = ReadAll(&in, &problems);
  EXPECT_LE(got.size(), kFirst.size() + kSecond.size());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "truncated gzip: the file ends inside compressed data");
}

TEST(GzipStreamTest, MissingTrailerIsTruncation) {
  std::string gz = Gzip(kFirst);
  GzipStream in(-1, gz.substr(0, gz.size() - 4));  // no ISIZE
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), kFirst);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("truncated gzip", 0), 0u);
}

TEST(GzipStreamTest, GarbageBetweenMembersIsReportedAndSkipped) {
  const std::string first = Gzip(kFirst);
  GzipStream in(-1, first + "this is not gzip" + Gzip(kSecond));
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), kFirst + kSecond);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "bytes that are not gzip data at byte " + std::to_string(first.size()) +
                             " (after a member)");
}

TEST(GzipStreamTest, CorruptMemberResumesAtNextMember) {
  std::string bad = Gzip(std::string(4000, 'x') + kFirst);
  for (size_t i = 12; i < bad.size() - 8; ++i) bad[i] = static_cast<char>(0xff);  // ruin data
  GzipStream in(-1, Gzip(kFirst) + bad + Gzip(kSecond));
  std::vector<std::string> problems;
  std::string got = ReadAll(&in, &problems, 4096);
  EXPECT_EQ(got.substr(0, kFirst.size()), kFirst);
  EXPECT_EQ(got.substr(got.size() - kSecond.size()), kSecond);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("corrupt gzip data near byte ", 0), 0u) << problems[0];
}

TEST(GzipStreamTest, ResyncHonoursExpectedMemberStart) {
  // After damage, a member that does not start as expected is passed over.
  std::string bad = Gzip(kFirst);
  bad[10] = static_cast<char>(0xff);
  GzipStream in(-1, bad + Gzip("not a record\n") + Gzip("WARC/1.1 next\n"));
  in.set_member_start("WARC/");
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), "WARC/1.1 next\n");
  EXPECT_EQ(problems.size(), 1u);
}

TEST(GzipStreamTest, SkipToNextMemberDoesNotInflateTheRest) {
  // The rest of the member is damaged: inflating it would report the damage, skipping does not.
  std::string text = "WARC/1.1 first\n";
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i * 7919 % 10007) + "\n";
  std::string member = Gzip(text);
  for (size_t i = member.size() / 2; i < member.size() / 2 + 64; ++i) member[i] = '\x55';
  GzipStream in(-1, member + Gzip("WARC/1.1 after\n"));
  in.set_member_start("WARC/");
  std::string head(100, '\0');
  ASSERT_EQ(in.Read(head.data(), head.size()), 100u);
  EXPECT_EQ(head.substr(0, 15), "WARC/1.1 first\n");
  in.SkipToNextMember();
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), "WARC/1.1 after\n");
  EXPECT_TRUE(problems.empty());
}

TEST(GzipStreamTest, ReadAllBoundedStopsAGzipBomb) {
  GzipStream in(-1, Gzip(std::string(10 << 20, 'a')));
  std::string out;
  bool too_large = false;
  EXPECT_EQ(ReadAllBounded(&in, 1 << 20, &out, &too_large), "");
  EXPECT_TRUE(too_large);
  EXPECT_LE(out.size(), (1u << 20) + (256u << 10));
}

TEST(GzipStreamTest, EmptyInputEndsCleanly) {
  GzipStream in(-1, "");
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), "");
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(in.at_end());
}

TEST(GzipStreamTest, LoneMagicByteIsTruncatedHeader) {
  GzipStream in(-1, Gzip(kFirst) + "\x1f");
  std::vector<std::string> problems;
  EXPECT_EQ(ReadAll(&in, &problems), kFirst);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "truncated gzip: the file ends inside a member header");
}

}  // namespace
}  // namespace corroborate::ingest
