// CoNLL-U reader: words, multiword tokens, empty nodes, comments, and errors with file:line.
#include "nlp/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace corroborate::nlp {
namespace {

constexpr char kTwoSentences[] =
    "# newdoc id = harbour-report\n"
    "# sent_id = harbour-1\n"
    "# newpar\n"
    "# text = The ferry didn't sail.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t2:det\t_\n"
    "2\tferry\tferry\tNOUN\tNN\t_\t5\tnsubj\t5:nsubj\t_\n"
    "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t5:aux\t_\n"
    "4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t5:advmod\t_\n"
    "5\tsail\tsail\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "5.1\tsail\tsail\tVERB\tVB\t_\t_\t_\t5:conj\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_\n"
    "\n"
    "# sent_id = harbour-2\n"
    "# text = Crews waited.\n"
    "1\tCrews\tcrew\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\twaited\twait\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";  // no final blank line

TEST(ConlluTest, ReadsWordsCommentsAndMultiwords) {
  ConlluReader reader = ConlluReader::FromString(kTwoSentences, "mem.conllu");
  ConlluSentence s;
  ASSERT_TRUE(reader.Next(&s)) << reader.status().message();
  EXPECT_TRUE(s.newdoc);
  EXPECT_EQ(s.newdoc_id, "harbour-report");
  EXPECT_TRUE(s.newpar);
  EXPECT_EQ(s.sent_id, "harbour-1");
  EXPECT_EQ(s.text, "The ferry didn't sail.");
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[2].lemma, "do");
  EXPECT_EQ(s.words[4].head, 0);
  EXPECT_EQ(s.words[0].head, 2);
  EXPECT_FALSE(s.words[4].space_after);
  EXPECT_EQ(s.empty_nodes, 1u);
  EXPECT_EQ(s.line, 5u);
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].first, 2u);
  EXPECT_EQ(s.multiwords[0].last, 3u);
  auto surface = s.SurfaceTokens();
  ASSERT_EQ(surface.size(), 5u);
  EXPECT_EQ(surface[2].form, "didn't");
  EXPECT_EQ(surface[3].form, "sail");
  EXPECT_FALSE(surface[3].space_after);

  ASSERT_TRUE(reader.Next(&s));
  EXPECT_FALSE(s.newdoc);
  EXPECT_FALSE(s.newpar);
  EXPECT_EQ(s.words.size(), 3u);
  EXPECT_EQ(s.words[1].lemma, "wait");
  EXPECT_FALSE(reader.Next(&s));
  EXPECT_TRUE(reader.status().ok());
}

std::string ErrorOf(const std::string& text) {
  ConlluReader reader = ConlluReader::FromString(text, "bad.conllu");
  ConlluSentence s;
  while (reader.Next(&s)) {
  }
  return reader.status().message();
}

TEST(ConlluTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(ErrorOf("1\tA\ta\tDET\n"), "bad.conllu:1: expected 10 tab-separated columns, found 4");
  EXPECT_EQ(ErrorOf("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n"),
            "bad.conllu:2: word id 3 out of sequence (expected 2)");
  EXPECT_EQ(ErrorOf("\n\n1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n"), "bad.conllu:3: bad HEAD 'x'");
  EXPECT_EQ(ErrorOf("1\tA\ta\tDET\tDT\t_\t7\troot\t_\t_\n"),
            "bad.conllu:1: HEAD 7 beyond the sentence's 1 words");
  EXPECT_EQ(ErrorOf("1 A a DET DT _ 0 root _ _\n"),
            "bad.conllu:1: expected 10 tab-separated columns, found 1 (spaces instead of tabs?)");
  EXPECT_EQ(
      ErrorOf("1-2\tcannot\t_\t_\t_\t_\t_\t_\t_\t_\n1\tcan\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n"),
      "bad.conllu:2: multiword token ends beyond the sentence's last word");
  EXPECT_EQ(ErrorOf("# text = lonely comment\n\n"),
            "bad.conllu:2: sentence has comments but no words");
}

TEST(ConlluTest, EmptyInputAndCrLf) {
  EXPECT_EQ(ErrorOf(""), "");
  ConlluReader reader =
      ConlluReader::FromString("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n\r\n", "crlf.conllu");
  ConlluSentence s;
  ASSERT_TRUE(reader.Next(&s)) << reader.status().message();
  EXPECT_EQ(s.words[0].misc, "_");
  EXPECT_FALSE(reader.Next(&s));
  EXPECT_TRUE(reader.status().ok());
}

TEST(ConlluTest, MissingFileIsAnError) {
  auto r = ReadConlluFile("/nonexistent/dir/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/dir/x.conllu: cannot open");
}

TEST(ConlluTest, ReadsUdEwtTestWhenPresent) {
  const std::string path =
      std::string(CORROBORATE_SHARED_DIR) + "/data/ud/UD_English-EWT/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs " << path << " (../shared)";
  auto r = ReadConlluFile(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  size_t words = 0;
  for (const auto& s : *r) words += s.words.size();
  EXPECT_EQ(r->size(), 2077u);  // README.md of data/ud
  EXPECT_EQ(words, 25094u);
}

}  // namespace
}  // namespace corroborate::nlp
