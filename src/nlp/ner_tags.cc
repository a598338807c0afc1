// BILOU tags; see ner_tags.h.
#include "nlp/ner_tags.h"

namespace corroborate::nlp {

bool AllowedAfter(uint16_t prev, uint16_t tag, bool last) {
  const BilouPart part = TagPart(tag);
  if (last && (part == BilouPart::kB || part == BilouPart::kI)) return false;
  const bool open =
      prev != kNoPreviousTag && (TagPart(prev) == BilouPart::kB || TagPart(prev) == BilouPart::kI);
  if (open) {
    return (part == BilouPart::kI || part == BilouPart::kL) && TagType(tag) == TagType(prev);
  }
  return part == BilouPart::kO || part == BilouPart::kB || part == BilouPart::kU;
}

void SpansToTags(std::span<const EntitySpan> spans, uint32_t n, std::vector<uint16_t>* tags) {
  tags->assign(n, kOutsideTag);
  for (const EntitySpan& s : spans) {
    if (s.begin >= s.end || s.end > n) continue;
    if (s.end - s.begin == 1) {
      (*tags)[s.begin] = BilouTag(s.type, BilouPart::kU);
      continue;
    }
    (*tags)[s.begin] = BilouTag(s.type, BilouPart::kB);
    for (uint32_t i = s.begin + 1; i + 1 < s.end; ++i) {
      (*tags)[i] = BilouTag(s.type, BilouPart::kI);
    }
    (*tags)[s.end - 1] = BilouTag(s.type, BilouPart::kL);
  }
}

void TagsToSpans(std::span<const uint16_t> tags, std::vector<EntitySpan>* spans) {
  spans->clear();
  bool open = false;  // the last span may still grow
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const uint16_t tag = tags[i];
    const BilouPart part = TagPart(tag);
    if (part == BilouPart::kO) {
      open = false;
      continue;
    }
    const uint16_t type = TagType(tag);
    const bool continues = part == BilouPart::kI || part == BilouPart::kL;
    if (continues && open && spans->back().type == type) {
      spans->back().end = i + 1;
    } else {
      spans->push_back({i, i + 1, type});
    }
    open = part == BilouPart::kB || part == BilouPart::kI;
  }
}

}  // namespace corroborate::nlp
