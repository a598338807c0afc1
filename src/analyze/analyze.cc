#include "analyze/analyze.h"

namespace corroborate {

AnnotatedDoc Analyze(const Article& article, const CivilDate& reference_date) {
  AnnotatedDoc doc;
  doc.article = &article;
  doc.reference_date = reference_date;
  Tokenize(&doc);
  FindEntities(&doc);
  FindQuantities(&doc);
  FindTimes(&doc);
  FindQuotes(&doc);
  return doc;
}

}  // namespace corroborate
