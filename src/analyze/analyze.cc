#include "analyze/analyze.h"

#include <vector>

#include "analyze/model_sentences.h"
#include "analyze/syntax.h"

namespace corroborate {

AnnotatedDoc Analyze(const Article& article, const CivilDate& reference_date,
                     const nlp::Linguistics* models) {
  AnnotatedDoc doc;
  doc.article = &article;
  doc.reference_date = reference_date;
  Tokenize(&doc);
  if (models != nullptr && models->sentences() != nullptr) {
    SplitSentencesWithModel(*models->sentences(), &doc);
  }
  if (models != nullptr) {
    std::vector<ModelEntity> names;
    AnnotateSyntax(*models, &doc, &names);
    FindEntities(&doc, names);
  } else {
    FindEntities(&doc);
  }
  FindQuantities(&doc);
  FindTimes(&doc);
  FindQuotes(&doc);
  return doc;
}

}  // namespace corroborate
