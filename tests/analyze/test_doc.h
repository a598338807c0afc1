// TestDoc: an AnnotatedDoc over hand-made sentences, split on ". " and "\n", for tests of the
// stages after tokenisation (the tokenizer has its own tests; these only need sentence spans).
#pragma once

#include <string>
#include <string_view>

#include "model/annotated_doc.h"

namespace corroborate::testing {

struct TestDoc {
  Article article;
  AnnotatedDoc doc;

  explicit TestDoc(std::string text, CivilDate ref = {}) {
    article.text = std::move(text);
    doc.article = &article;
    doc.reference_date = ref;
    const std::string& t = article.text;
    uint32_t para = 0;
    size_t start = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      bool nl = i == t.size() || t[i] == '\n';
      bool abbreviation = i >= 2 && t[i - 2] == '.';  // "U.S. official" does not end here
      bool stop = !nl && t[i] == '.' && i + 1 < t.size() && t[i + 1] == ' ' && !abbreviation;
      if (nl || stop) {
        size_t end = stop ? i + 1 : i;
        if (end > start) {
          Sentence s;
          s.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
          s.paragraph = para;
          doc.sentences.push_back(s);
        }
        start = stop ? i + 2 : i + 1;
        if (stop) ++i;
        if (nl) ++para;
      }
    }
  }
  TestDoc(const TestDoc&) = delete;
  std::string_view Of(const TextSpan& s) const { return s.Of(article.text); }
};

}  // namespace corroborate::testing
