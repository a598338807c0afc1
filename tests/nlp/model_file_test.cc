// Model container: round trip, and a clear error for every kind of damage.
#include "nlp/model_file.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::nlp {
namespace {

std::string SampleModel(const std::string& kind = "tagger") {
  ModelWriter w(kind);
  ByteWriter a;
  a.U32(7);
  a.F32(0.25f);
  a.String("NOUN");
  a.Array(std::vector<int16_t>{1, -2, 3});
  w.AddSection("labels", std::move(a.bytes()));
  w.AddSection("weights", std::string(1000, 'x'));
  w.AddMeta("trained_on", "synthetic");
  return w.Serialize();
}

TEST(ModelFileTest, RoundTrip) {
  auto m = ModelFile::Parse(SampleModel(), "models/tagger.bin", "tagger");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->kind(), "tagger");
  EXPECT_EQ(m->Meta("trained_on"), "synthetic");
  EXPECT_EQ(m->Meta("absent"), "");
  ByteReader r = m->Reader("labels");
  uint32_t u = 0;
  float f = 0;
  std::string s;
  std::vector<int16_t> arr;
  EXPECT_TRUE(r.U32(&u) && r.F32(&f) && r.String(&s) && r.Array(&arr, 10));
  EXPECT_TRUE(r.AtEnd());
  EXPECT_EQ(u, 7u);
  EXPECT_EQ(f, 0.25f);
  EXPECT_EQ(s, "NOUN");
  EXPECT_EQ(arr, (std::vector<int16_t>{1, -2, 3}));
  EXPECT_FALSE(r.U8(nullptr));  // past the end: fails without touching the pointer
  EXPECT_EQ(r.error(), "section 'labels': truncated (reading 1 bytes at offset 30 of 30)");
  EXPECT_EQ(m->Section("weights")->size(), 1000u);
  EXPECT_EQ(m->Section("nope").status().message(), "models/tagger.bin: missing section 'nope'");
}

std::string ErrorOf(std::string bytes, std::string_view kind = "tagger") {
  auto m = ModelFile::Parse(std::move(bytes), "models/tagger.bin", kind);
  return m.ok() ? "" : m.status().message();
}

TEST(ModelFileTest, WrongKind) {
  EXPECT_EQ(ErrorOf(SampleModel("parser")),
            "models/tagger.bin: is a parser model, expected tagger");
  EXPECT_EQ(ErrorOf(SampleModel("parser"), ""), "");
}

TEST(ModelFileTest, Truncated) {
  std::string bytes = SampleModel();
  EXPECT_EQ(ErrorOf(bytes.substr(0, bytes.size() - 500)),
            "models/tagger.bin: truncated at section 'weights' (file has " +
                std::to_string(bytes.size() - 500) + " of " + std::to_string(bytes.size()) +
                " bytes)");
  EXPECT_EQ(ErrorOf(bytes.substr(0, 20)),
            "models/tagger.bin: truncated in the header (20 of 48 bytes)");
  EXPECT_EQ(ErrorOf(bytes.substr(0, 60)), "models/tagger.bin: truncated in the section table");
  EXPECT_EQ(ErrorOf(""), "models/tagger.bin: not a Corroborate model file (bad magic)");
}

TEST(ModelFileTest, CorruptAndForeign) {
  std::string bytes = SampleModel();
  std::string flipped = bytes;
  flipped[bytes.size() - 500] ^= 0x10;
  EXPECT_EQ(ErrorOf(flipped), "models/tagger.bin: checksum mismatch (file corrupt)");
  EXPECT_EQ(ErrorOf("{\"not\": \"a model\"}"),
            "models/tagger.bin: not a Corroborate model file (bad magic)");
  std::string newer = bytes;
  newer[8] = 2;
  EXPECT_EQ(ErrorOf(newer),
            "models/tagger.bin: model format version 2, this build reads version 1 (retrain the "
            "model with this build)");
  EXPECT_EQ(ErrorOf(bytes + "extra"),
            "models/tagger.bin: 5 unexpected bytes after the end of the model (file corrupt)");
}

TEST(ModelFileTest, ReaderRejectsOversizedCounts) {
  ByteWriter w;
  w.U64(uint64_t{1} << 40);  // claims 2^40 values
  ByteReader r(w.bytes(), "section 'x'");
  std::vector<uint32_t> v;
  EXPECT_FALSE(r.Array(&v, uint64_t{1} << 50));
  EXPECT_EQ(r.error(), "section 'x': array of 1099511627776 values does not fit");
  EXPECT_TRUE(v.empty());
}

TEST(ModelFileTest, FileRoundTripAndMissingFile) {
  const std::string path = testing::TempDir() + "/model_file_test.bin";
  ModelWriter w("ner");
  w.AddSection("a", "hello");
  ASSERT_TRUE(w.WriteFile(path).ok());
  auto m = ModelFile::Load(path, "ner");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(*m->Section("a"), "hello");
  auto missing = ModelFile::Load(path + ".absent", "ner");
  EXPECT_EQ(missing.status().message(), path + ".absent: cannot open model file");
}

TEST(ModelFileTest, Crc32KnownValue) {
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);  // the standard CRC-32 check value
  EXPECT_EQ(Crc32("6789", Crc32("12345")), 0xCBF43926u);
}

}  // namespace
}  // namespace corroborate::nlp
