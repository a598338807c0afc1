// CoNLL-U reader (https://universaldependencies.org/format.html), streaming one sentence at a
// time. Syntactic words (integer ids) are kept with all ten columns; multiword-token lines
// ("3-4 don't") are kept as ranges over the words, empty nodes ("8.1") are counted and skipped
// (no model here uses enhanced graphs). Comments are kept, with the standard ones parsed:
// "# text =", "# sent_id =", "# newdoc", "# newpar".
// Errors name "file:line: what is wrong"; reading stops at the first one.
// Cost: O(bytes), one line buffer reused. Not thread-safe; one reader per file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corroborate::nlp {

// One syntactic word (a line with an integer id).
struct ConlluWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int head = -1;  // 0 = root; -1 when the column is "_"
  std::string deprel;
  std::string deps;
  std::string misc;
  bool space_after = true;  // false when MISC holds SpaceAfter=No
};

// A multiword token line "first-last FORM …": one surface token split into several words
// ("don't" = "do" + "n't"). first/last are 0-based word indices, inclusive.
struct ConlluMultiword {
  uint32_t first = 0;
  uint32_t last = 0;
  std::string form;
  bool space_after = true;
};

struct ConlluSentence {
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;  // in order of first
  std::vector<std::string> comments;        // every comment line without "# "
  std::string text;                         // "# text = …", may be empty
  std::string sent_id;                      // "# sent_id = …", may be empty
  std::string newdoc_id;                    // "# newdoc id = …" (or "# newdoc" → "")
  bool newdoc = false;                      // a "# newdoc" comment precedes the sentence
  bool newpar = false;                      // a "# newpar" comment precedes the sentence
  uint32_t empty_nodes = 0;                 // "8.1" lines skipped
  size_t line = 0;                          // 1-based line of its first word

  // The surface tokens: multiword tokens as one, other words as themselves. Each entry is
  // (form, space_after, first word, last word).
  struct Surface {
    std::string_view form;
    bool space_after = true;
    uint32_t first = 0;
    uint32_t last = 0;
  };
  std::vector<Surface> SurfaceTokens() const;
};

class ConlluReader {
 public:
  // Reads from an open stream; name is used in error messages. Does not close the stream.
  ConlluReader(std::FILE* in, std::string name);
  // Reads an in-memory document (tests, fuzzing).
  static ConlluReader FromString(std::string text, std::string name);
  // Opens a file; the returned reader's status() says why when it could not be opened.
  static ConlluReader Open(const std::string& path);
  ~ConlluReader();
  ConlluReader(ConlluReader&&) noexcept;
  ConlluReader& operator=(ConlluReader&&) noexcept;

  // Reads the next sentence into *sentence. Returns false at the end of input or on an error
  // (then status() is not ok).
  bool Next(ConlluSentence* sentence);
  const Status& status() const { return status_; }

 private:
  bool ReadLine();
  bool Fail(std::string what);
  bool ParseWordLine(std::string_view line, ConlluSentence* sentence);

  std::FILE* in_ = nullptr;
  bool owns_ = false;
  std::string name_;
  std::string buffer_;  // unread input (all of it for FromString)
  size_t buffer_pos_ = 0;
  std::string line_;
  size_t line_number_ = 0;
  Status status_;
};

// Reads a whole file (training and evaluation sets are a few MB).
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

}  // namespace corroborate::nlp
