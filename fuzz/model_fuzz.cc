// Fuzzes the model loader: ModelFile::Parse and every section reader behind it (the linear
// models, the tagger, the parser, the entity recogniser, the place-name table, the
// sentence-boundary model and the word-sense lexicon). Inputs whose first byte is odd get their
// size and CRC fields fixed up first, so mutations reach the section parsers instead of stopping at
// the checksum. Contract: any bytes give either a loaded model or an error naming the file; never a
// crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "nlp/lexicon.h"
#include "nlp/model_file.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/perceptron.h"
#include "nlp/place_names.h"
#include "nlp/sentence_model.h"
#include "nlp/tagger.h"

namespace {

void FixUpHeader(std::string* bytes) {
  using corroborate::nlp::Crc32;
  if (bytes->size() < corroborate::nlp::kModelHeaderSize) return;
  const uint64_t size = bytes->size();
  std::memcpy(bytes->data() + 32, &size, sizeof size);
  uint32_t crc = Crc32(std::string_view(*bytes).substr(0, 40));
  crc = Crc32(std::string_view(*bytes).substr(44), crc);
  std::memcpy(bytes->data() + 40, &crc, sizeof crc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace corroborate::nlp;
  if (size == 0) return 0;
  const bool fix = (data[0] & 1) != 0;
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (fix) FixUpHeader(&bytes);
  auto file = ModelFile::Parse(bytes, "fuzz.bin", "");
  if (!file.ok()) {
    if (file.status().message().rfind("fuzz.bin: ", 0) != 0) std::abort();
    return 0;
  }
  LinearModel linear;
  corroborate::Status s = linear.Load(*file, "upos");
  if (s.ok()) {
    float scores[65536];
    uint64_t keys[2] = {1, 0x1234567890abcdefull};
    linear.ScoreKeys(keys, scores);
  }
  auto tagger = Tagger::FromModelFile(*file);
  if (tagger.ok()) {
    TaggedSentence out;
    std::vector<std::string_view> words = {"The", "ferry", "sailed", "."};
    tagger->Tag(words, &out);
    if (out.upos.size() != words.size() || out.lemmas.size() != words.size()) std::abort();
  }
  auto parser = Parser::FromModelFile(*file);
  if (parser.ok()) {
    ParsedSentence out;
    std::vector<std::string_view> words = {"The", "ferry", "sailed", "."};
    std::vector<std::string_view> tags = {"DET", "NOUN", "VERB", "PUNCT"};
    parser->Parse({words, tags, tags}, &out);
    if (out.heads.size() != words.size() || out.deprels.size() != words.size()) std::abort();
  }
  auto ner = EntityRecognizer::FromModelFile(*file);
  if (ner.ok()) {
    RecognizedSentence out;
    NerDocumentMemory memory;
    std::vector<std::string_view> words = {"Marta", "Volkova", "left", "Ostrava", "."};
    ner->Recognize(words, {}, {}, &memory, &out);
    if (out.tags.size() != words.size()) std::abort();
    for (const EntitySpan& e : out.entities) {
      if (e.begin >= e.end || e.end > words.size() || e.type >= ner->types().size()) std::abort();
    }
  }
  auto places = PlaceNames::FromModelFile(*file);
  if (places.ok()) {
    for (const char* key : {"pokrovsk", "kyiv", ""}) {
      for (uint32_t entry : places->Find(key)) {
        if (PlaceNames::PlaceOf(entry) >= places->num_places()) std::abort();
        (void)places->place(entry);
      }
    }
  }
  auto lexicon = Lexicon::FromModelFile(*file);
  if (lexicon.ok()) {
    for (const char* word : {"resigned", "took", "meetings", "", "zz"}) {
      for (uint32_t c : lexicon->Concepts(word)) {
        if (c >= lexicon->num_concepts()) std::abort();
      }
    }
    for (uint32_t c : lexicon->Concepts("stepped", "down")) {
      if (c >= lexicon->num_concepts()) std::abort();
    }
  }
  auto sentences = SentenceModel::FromModelFile(*file);
  if (sentences.ok()) {
    SentenceLine line;
    line.tokens = {"Thanks", "Mr.", "Hale", "see", "you", "Monday", "."};
    line.space_before.assign(line.tokens.size(), 1);
    line.rule_start.assign(line.tokens.size(), 0);
    SentenceScratch scratch;
    std::vector<uint8_t> starts;
    sentences->Decide(line, &scratch, &starts);
    if (starts.size() != line.tokens.size()) std::abort();
  }
  return 0;
}
