// NER corpora readers; see ner_data.h.
#include "nlp/ner_data.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "core/read_file.h"
#include "nlp/model_file.h"
#include "nlp/ner_gum.h"
#include "nlp/training_data.h"

namespace corroborate::nlp {
namespace {

constexpr std::string_view kEwtDir = "UNER_English-EWT";
constexpr std::string_view kPudDir = "UNER_English-PUD";

// Splits a line into columns: on tabs when it has any, else on runs of spaces.
void SplitColumns(std::string_view line, std::vector<std::string_view>* columns) {
  columns->clear();
  const bool tabs = line.find('\t') != std::string_view::npos;
  size_t pos = 0;
  while (pos <= line.size()) {
    if (!tabs) {
      while (pos < line.size() && line[pos] == ' ') ++pos;
      if (pos == line.size()) break;
    }
    size_t end = line.find(tabs ? '\t' : ' ', pos);
    if (end == std::string_view::npos) end = line.size();
    columns->push_back(line.substr(pos, end - pos));
    pos = end + 1;
  }
}

// Builds sentences from (word, tag) lines.
class SentenceBuilder {
 public:
  explicit SentenceBuilder(const IobFormat& format) : format_(format) {
    const std::vector<std::string>& types = NerCorpusTypes();
    for (const auto& [label, type] : format.labels) {
      for (size_t t = 0; t < types.size(); ++t) {
        if (types[t] == type) labels_[label] = static_cast<int>(t);
      }
    }
  }

  // Adds a word with its tag; false (and *error) when the tag is not IOB.
  bool Add(std::string_view word, std::string_view tag, std::string* error) {
    int type = -1;
    bool begin = false;
    if (tag != "O") {
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
        *error = "tag '" + std::string(tag) + "' is not O, B-TYPE or I-TYPE";
        return false;
      }
      begin = tag[0] == 'B';
      auto it = labels_.find(std::string(tag.substr(2)));
      if (it != labels_.end()) type = it->second;
    }
    NerSentence& s = current_;
    const uint32_t i = static_cast<uint32_t>(s.words.size());
    s.words.emplace_back(word);
    if (type >= 0) {
      const bool extends =
          !begin && prev_type_ == type && !s.entities.empty() && s.entities.back().end == i;
      if (extends) {
        s.entities.back().end = i + 1;
      } else {
        s.entities.push_back({i, i + 1, static_cast<uint16_t>(type)});
      }
    }
    prev_type_ = type;
    return true;
  }
  void StartDocument() { doc_pending_ = true; }
  void EndSentence(std::vector<NerSentence>* out) {
    if (!current_.words.empty()) {
      current_.doc_start = doc_pending_ || format_.sentence_is_document || out->empty();
      doc_pending_ = false;
      out->push_back(std::move(current_));
    }
    current_ = NerSentence();
    prev_type_ = -1;
  }

 private:
  const IobFormat& format_;
  std::map<std::string, int, std::less<>> labels_;
  NerSentence current_;
  int prev_type_ = -1;
  bool doc_pending_ = false;
};

std::string Crc32Hex(std::string_view bytes) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%08x", Crc32(bytes));
  return hex;
}

struct CorpusFile {
  std::string relative;  // under the data directory
  IobFormat format;
};

IobFormat TwoColumn(std::vector<std::pair<std::string, std::string>> labels,
                    bool sentence_is_document) {
  IobFormat f;
  f.token_column = 0;
  f.tag_column = 1;
  f.labels = std::move(labels);
  f.sentence_is_document = sentence_is_document;
  return f;
}

// The files of an extra corpus, with their label mapping and licence.
Result<std::vector<CorpusFile>> ExtraCorpusFiles(const std::string& dir, std::string_view name,
                                                 std::string* licence) {
  std::vector<CorpusFile> files;
  if (name == "wikigold") {
    *licence = "CC BY 4.0 (MISC dropped)";
    files.push_back({"wikigold/CONLL-format/data/wikigold.conll.txt",
                     TwoColumn({{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}}, false)});
  } else if (name == "btc") {
    *licence = "CC BY 4.0";
    for (const char* section : {"a", "b", "e", "f", "g", "h"}) {
      files.push_back({std::string("BTC/CONLL-format/data/") + section + ".conll",
                       TwoColumn({{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}}, true)});
    }
  } else if (name == "wnut17") {
    *licence = "CC BY 4.0 (person, location, corporation+group -> PER, LOC, ORG)";
    const std::vector<std::pair<std::string, std::string>> labels = {
        {"person", "PER"}, {"location", "LOC"}, {"corporation", "ORG"}, {"group", "ORG"}};
    for (const char* file :
         {"train/wnut17train.conll", "dev/emerging.dev.conll", "test/emerging.test.annotated"}) {
      files.push_back({std::string("WNUT17/CONLL-format/data/") + file, TwoColumn(labels, true)});
    }
  } else if (name == "re3d") {
    *licence = "open sources only (public domain, OGL v3, CC BY 3.0 AU, CC BY-SA 3.0, EC reuse)";
    const std::vector<std::pair<std::string, std::string>> labels = {
        {"Person", "PER"}, {"Organisation", "ORG"}, {"Location", "LOC"}};
    std::error_code ec;
    const std::filesystem::path root = std::filesystem::path(dir) / "re3d" / "conll-by-source";
    std::vector<std::string> found;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".conll") {
        found.push_back(std::filesystem::relative(it->path(), dir).string());
      }
    }
    if (ec || found.empty()) return Status::NotFound(root.string() + ": no .conll files");
    std::sort(found.begin(), found.end());  // directory order is not stable
    for (std::string& f : found) files.push_back({std::move(f), TwoColumn(labels, false)});
    // Each file is one source document.
  } else {
    return Status::InvalidInput("unknown NER corpus '" + std::string(name) +
                                "' (known: wikigold, btc, wnut17, re3d, gum)");
  }
  return files;
}

Status ReadInto(const std::string& dir, const CorpusFile& file, std::vector<NerSentence>* out,
                std::vector<std::pair<std::string, std::string>>* provenance) {
  const std::string path = dir + "/" + file.relative;
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  Result<std::vector<NerSentence>> sentences = ParseIob(*bytes, path, file.format);
  if (!sentences.ok()) return sentences.status();
  if (!sentences->empty()) (*sentences)[0].doc_start = true;
  for (NerSentence& s : *sentences) out->push_back(std::move(s));
  provenance->emplace_back("data:" + file.relative, "crc32 " + Crc32Hex(*bytes));
  return Status::Ok();
}

uint8_t CorpusDomain(std::string_view name) {
  for (size_t i = 0; i < std::size(kNerExtraCorpora); ++i) {
    if (kNerExtraCorpora[i] == name) return static_cast<uint8_t>(i + 1);
  }
  return 0;
}

// GUM's train, dev and test files: none of them scores the recogniser.
Status ReadGum(const std::string& ud_dir, NerData* data) {
  if (ud_dir.empty()) return Status::InvalidInput("corpus 'gum' needs the UD data directory");
  size_t kept = 0, dropped = 0, sentences = 0;
  uint32_t crc = 0;
  for (const char* split : {"train", "dev", "test"}) {
    const std::string path = GumPath(ud_dir, split);
    Result<std::vector<NerSentence>> read = ReadGumEntities(path, &kept, &dropped);
    if (!read.ok()) return read.status();
    for (NerSentence& s : *read) {
      for (const std::string& w : s.words) crc = Crc32(w, crc);
      s.domain = CorpusDomain("gum");
      data->train.push_back(std::move(s));
      ++sentences;
    }
  }
  char line[96];
  std::snprintf(line, sizeof line, "%zu sentences from %zu documents (%zu left out), crc32 %08x",
                sentences, kept, dropped, crc);
  data->provenance.emplace_back("data:gum", line);
  data->provenance.emplace_back(
      "licence:gum", "UD_English-GUM shippable genres (CC BY / open), names from entity mentions");
  return Status::Ok();
}

}  // namespace

const std::vector<std::string>& NerCorpusTypes() {
  static const std::vector<std::string> types = {std::string(kNerPer), std::string(kNerOrg),
                                                 std::string(kNerLoc)};
  return types;
}

IobFormat UnerFormat() {
  IobFormat f;
  f.token_column = 1;
  f.tag_column = 2;
  f.labels = {{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}};
  return f;
}

Result<std::vector<NerSentence>> ParseIob(std::string_view text, const std::string& name,
                                          const IobFormat& format) {
  std::vector<NerSentence> out;
  SentenceBuilder builder(format);
  std::vector<std::string_view> columns;
  std::string error;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto fail = [&](const std::string& what) -> Status {
      return Status::InvalidInput(name + ":" + std::to_string(line_number) + ": " + what);
    };
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      builder.EndSentence(&out);
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) builder.StartDocument();
      continue;
    }
    SplitColumns(line, &columns);
    const int tag_column =
        format.tag_column < 0 ? static_cast<int>(columns.size()) - 1 : format.tag_column;
    const size_t needed = static_cast<size_t>(std::max(format.token_column, tag_column)) + 1;
    if (tag_column < 0 || columns.size() < needed) {
      return fail("expected at least " + std::to_string(needed) + " columns, found " +
                  std::to_string(columns.size()));
    }
    const std::string_view word = columns[format.token_column];
    if (word == "-DOCSTART-") {
      builder.EndSentence(&out);
      builder.StartDocument();
      continue;
    }
    // Some tweet corpora carry blank or whitespace-only tokens; no tokenizer produces them.
    if (word.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (!builder.Add(word, columns[tag_column], &error)) return fail(error);
  }
  builder.EndSentence(&out);
  return out;
}

Result<std::vector<NerSentence>> ReadIobFile(const std::string& path, const IobFormat& format) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  return ParseIob(*bytes, path, format);
}

std::string UnerEwtPath(const std::string& dir, std::string_view split) {
  const std::string base = dir + "/" + std::string(kEwtDir) + "/en_ewt-ud-" + std::string(split);
  // The final UNER train file was not published when the data was fetched; the preliminary
  // one is used unless the final one is there.
  if (split == "train" && !std::filesystem::exists(base + ".iob2")) return base + ".prelim.iob2";
  return base + ".iob2";
}

std::string UnerTestPath(const std::string& dir, std::string_view which) {
  if (which == "pud") return dir + "/" + std::string(kPudDir) + "/en_pud-ud-test.iob2";
  return UnerEwtPath(dir, "test");
}

Result<NerData> LoadNerData(const std::string& dir, const NerDataOptions& options) {
  NerData data;
  auto relative = [&dir](const std::string& path) { return path.substr(dir.size() + 1); };
  const CorpusFile train{relative(UnerEwtPath(dir, "train")), UnerFormat()};
  const CorpusFile dev{relative(UnerEwtPath(dir, "dev")), UnerFormat()};
  if (Status s = ReadInto(dir, train, &data.train, &data.provenance); !s.ok()) return s;
  if (Status s = ReadInto(dir, dev, &data.dev, &data.provenance); !s.ok()) return s;
  data.provenance.emplace_back("licence:UNER_English-EWT", "CC BY-SA 4.0");
  for (const std::string& name : options.extra) {
    if (name == "gum") {
      if (Status s = ReadGum(options.ud_dir, &data); !s.ok()) return s;
      continue;
    }
    std::string licence;
    Result<std::vector<CorpusFile>> files = ExtraCorpusFiles(dir, name, &licence);
    if (!files.ok()) return files.status();
    std::vector<std::pair<std::string, std::string>> file_provenance;
    const size_t first = data.train.size();
    for (const CorpusFile& file : *files) {
      if (Status s = ReadInto(dir, file, &data.train, &file_provenance); !s.ok()) return s;
    }
    for (size_t i = first; i < data.train.size(); ++i) data.train[i].domain = CorpusDomain(name);
    // One line per corpus: many small re3d files would swamp the metadata.
    uint32_t crc = 0;
    for (const auto& [file, value] : file_provenance) crc = Crc32(file + value, crc);
    char line[64];
    std::snprintf(line, sizeof line, "%zu files, crc32 %08x", file_provenance.size(), crc);
    data.provenance.emplace_back("data:" + name, line);
    data.provenance.emplace_back("licence:" + name, licence);
  }
  if (options.with_tests) {
    for (auto [path, out] : {std::pair{UnerTestPath(dir, "ewt"), &data.test_ewt},
                             std::pair{UnerTestPath(dir, "pud"), &data.test_pud}}) {
      Result<std::vector<NerSentence>> read = ReadIobFile(path, UnerFormat());
      if (!read.ok()) return read.status();
      *out = std::move(read).value();
    }
  }
  return data;
}

}  // namespace corroborate::nlp
