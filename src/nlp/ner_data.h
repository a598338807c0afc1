// The named-entity corpora the recogniser learns from and is scored on, read from a directory
// laid out as ../shared/data/ner (see its README.md):
//   UNER_English-EWT  train (prelim) / dev / test, IOB2, PER ORG LOC       CC BY-SA 4.0
//   UNER_English-PUD  test only, IOB2, PER ORG LOC                         CC BY-SA 4.0
//   wikigold          Wikipedia, IOB1, PER ORG LOC MISC                    CC BY 4.0
//   BTC               tweets, IOB2, PER ORG LOC                            CC BY 4.0
//   WNUT17            social media, IOB2, person location corporation …    CC BY 4.0
//   re3d              conflict reports, IOB2, Person Organisation …        open sources only
//   gum               UD_English-GUM (in the UD data directory), names derived from its entity
//                     mentions (ner_gum.h), shippable genres only          CC BY / open
// Every corpus is mapped onto the UNER types PER, ORG and LOC; other labels (MISC, product,
// creative-work, Weapon …) become O, as UNER leaves them unlabelled.
// The files are CoNLL-style: one word per line with its tag in a column, blank lines between
// sentences, "#" comments ("# newdoc" marks a document in the UNER files) and "-DOCSTART-"
// lines (wikigold). B- always starts an entity and I- continues one of the same type or starts
// one, which reads IOB1 and IOB2 alike. Errors name "file:line: what is wrong".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/ner_tags.h"

namespace corroborate::nlp {

// The entity types of the corpora, in model order.
inline constexpr std::string_view kNerPer = "PER";
inline constexpr std::string_view kNerOrg = "ORG";
inline constexpr std::string_view kNerLoc = "LOC";
const std::vector<std::string>& NerCorpusTypes();  // {"PER", "ORG", "LOC"}

struct NerSentence {
  std::vector<std::string> words;
  std::vector<EntitySpan> entities;  // types index NerCorpusTypes()
  bool doc_start = false;            // the first sentence of a document
  // Which corpus: 0 = UNER (the annotation style the recogniser follows), else 1 + the index
  // in kNerExtraCorpora. Training lets each other corpus keep its own conventions apart.
  uint8_t domain = 0;
};

// How a CoNLL-style file is laid out and labelled.
struct IobFormat {
  int token_column = 0;
  int tag_column = 1;  // -1: the last column
  // Corpus label (without B-/I-) -> one of NerCorpusTypes(); unlisted labels become O.
  std::vector<std::pair<std::string, std::string>> labels;
  bool sentence_is_document = false;  // tweets: every sentence starts a document
};

// Reads one file. Lines whose token is "-DOCSTART-" start a document.
Result<std::vector<NerSentence>> ReadIobFile(const std::string& path, const IobFormat& format);
// The same for text in memory (tests); name stands for the file in messages.
Result<std::vector<NerSentence>> ParseIob(std::string_view text, const std::string& name,
                                          const IobFormat& format);

// The extra training corpora by name.
inline constexpr std::string_view kNerExtraCorpora[] = {"wikigold", "btc", "wnut17", "re3d", "gum"};

struct NerDataOptions {
  std::vector<std::string> extra;  // names from kNerExtraCorpora added to EWT train
  std::string ud_dir;              // the UD data directory (for "gum")
  bool with_tests = false;         // also read EWT test and PUD test
};

struct NerData {
  std::vector<NerSentence> train;  // UNER EWT train + the extra corpora
  std::vector<NerSentence> dev;    // UNER EWT dev (model selection)
  std::vector<NerSentence> test_ewt;
  std::vector<NerSentence> test_pud;
  // Provenance for the model's metadata: each file with its CRC-32 and licence.
  std::vector<std::pair<std::string, std::string>> provenance;
};

Result<NerData> LoadNerData(const std::string& dir, const NerDataOptions& options);

// Paths of the UNER test sets under dir: which = "ewt" or "pud".
std::string UnerTestPath(const std::string& dir, std::string_view which);
std::string UnerEwtPath(const std::string& dir, std::string_view split);  // train, dev, test
// The UNER layout (id, token, tag, -, annotator).
IobFormat UnerFormat();

}  // namespace corroborate::nlp
