// Entity spans and the BILOU tags a sequence labeller predicts for them (Ratinov & Roth 2009):
// a one-word entity is U-TYPE, a longer one B-TYPE I-TYPE… L-TYPE, other words O. Tag ids:
// 0 = O, then 1 + 4 * type + part (B, I, L, U). BILOU rather than IOB2 because the last word
// of a name ("Street", "Inc.") is a strong cue of its own.
// Decoding is constrained (AllowedAfter), so any greedy choice of allowed tags reads back as
// well-formed spans; TagsToSpans also repairs arbitrary tag sequences, so it never fails.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace corroborate::nlp {

// Words [begin, end) of a sentence form an entity of `type` (an index into the model's types).
struct EntitySpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint16_t type = 0;
  bool operator==(const EntitySpan&) const = default;
};

enum class BilouPart : uint8_t { kB = 0, kI = 1, kL = 2, kU = 3, kO = 4 };

inline constexpr uint16_t kOutsideTag = 0;
inline constexpr uint16_t kNoPreviousTag = 0xFFFF;  // before the first word

inline uint32_t NumBilouTags(uint32_t num_types) { return 1 + 4 * num_types; }
inline uint16_t BilouTag(uint16_t type, BilouPart part) {
  return part == BilouPart::kO ? kOutsideTag
                               : static_cast<uint16_t>(1 + 4 * type + static_cast<int>(part));
}
inline BilouPart TagPart(uint16_t tag) {
  return tag == kOutsideTag ? BilouPart::kO : static_cast<BilouPart>((tag - 1) % 4);
}
inline uint16_t TagType(uint16_t tag) { return tag == kOutsideTag ? 0 : (tag - 1) / 4; }

// True when `tag` may follow `prev` (kNoPreviousTag at the start of the sentence); `last`
// says the tag is for the sentence's final word, which must close any open entity.
bool AllowedAfter(uint16_t prev, uint16_t tag, bool last);

// BILOU tags for n words with the given entities (non-overlapping, in order, within n).
void SpansToTags(std::span<const EntitySpan> spans, uint32_t n, std::vector<uint16_t>* tags);

// The entities of a tag sequence. Well-formed sequences read back exactly; in others a B or I
// not followed by its type's I/L still ends an entity, and a stray I or L starts one, so every
// word tagged with a type is in exactly one entity of that type.
void TagsToSpans(std::span<const uint16_t> tags, std::vector<EntitySpan>* spans);

}  // namespace corroborate::nlp
