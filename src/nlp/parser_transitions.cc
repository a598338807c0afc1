// Parse state, arc-hybrid and arc-eager transitions and their dynamic-oracle costs; see
// parser_transitions.h.
#include "nlp/parser_transitions.h"

#include <algorithm>

namespace corroborate::nlp {
namespace {

void AddToLabelSet(uint64_t* set, uint16_t label) {
  const uint32_t bit = label % kLabelSetBits;
  set[bit / 64] |= uint64_t{1} << (bit % 64);
}

}  // namespace

void ParseState::Init(int32_t num_words) {
  n_ = num_words;
  next_ = 1;
  const size_t size = static_cast<size_t>(num_words) + 1;
  tokens_.assign(size, TokenState());
  in_stack_.assign(size, 0);
  stack_.clear();
  stack_.push_back(0);
  in_stack_[0] = 1;
}

void ParseState::Shift() {
  stack_.push_back(next_);
  in_stack_[static_cast<size_t>(next_)] = 1;
  ++next_;
}

void ParseState::Pop() {
  in_stack_[static_cast<size_t>(stack_.back())] = 0;
  stack_.pop_back();
}

void ParseState::AddArc(int32_t head, int32_t dependent, uint16_t label) {
  TokenState& d = tokens_[static_cast<size_t>(dependent)];
  d.head = head;
  d.label = label;
  TokenState& h = tokens_[static_cast<size_t>(head)];
  if (dependent < head) {
    if (h.left[0] == kNoToken || dependent < h.left[0]) {
      h.left[1] = h.left[0];
      h.left[0] = dependent;
    } else if (h.left[1] == kNoToken || dependent < h.left[1]) {
      h.left[1] = dependent;
    }
    if (h.left_count < 255) ++h.left_count;
    AddToLabelSet(h.left_labels, label);
  } else {
    if (h.right[0] == kNoToken || dependent > h.right[0]) {
      h.right[1] = h.right[0];
      h.right[0] = dependent;
    } else if (h.right[1] == kNoToken || dependent > h.right[1]) {
      h.right[1] = dependent;
    }
    if (h.right_count < 255) ++h.right_count;
    AddToLabelSet(h.right_labels, label);
  }
}

void GoldTree::IndexChildren() {
  const size_t size = heads.size();
  child_begin.assign(size + 1, 0);
  for (size_t t = 1; t < size; ++t) {
    if (heads[t] >= 0) ++child_begin[static_cast<size_t>(heads[t]) + 1];
  }
  for (size_t t = 1; t <= size; ++t) child_begin[t] += child_begin[t - 1];
  children.assign(child_begin[size], 0);
  std::vector<uint32_t> fill(child_begin.begin(), child_begin.end() - 1);
  for (size_t t = 1; t < size; ++t) {
    if (heads[t] >= 0) children[fill[static_cast<size_t>(heads[t])]++] = static_cast<int32_t>(t);
  }
}

uint32_t TransitionSystem::ValidMoves(const ParseState& s) const {
  const int32_t s0 = s.Stack(0);
  const bool has_buffer = !s.buffer_empty();
  const bool has_word_on_stack = s.stack_size() >= 2;
  uint32_t valid = 0;
  if (has_buffer) valid |= 1u << kShift;
  if (kind_ == TransitionKind::kArcHybrid) {
    if (has_buffer && has_word_on_stack) valid |= 1u << kLeft;
    // Only the last word left on the stack may attach to ROOT.
    if (has_word_on_stack && (s.Stack(1) != 0 || !has_buffer)) valid |= 1u << kRight;
    return valid;
  }
  const bool s0_headed = s.token(s0).head != kNoToken;
  if (has_buffer && has_word_on_stack && !s0_headed) valid |= 1u << kLeft;
  if (has_buffer) {
    if (s0 != 0 || s.root_dependent() == kNoToken) valid |= 1u << kRight;
  } else if (has_word_on_stack && !s0_headed) {
    valid |= 1u << kRight;  // end of input: an unattached word attaches below it
  }
  // ROOT's dependent stays until the end, so no word can end up alone on ROOT with a head
  // that was taken.
  if (has_word_on_stack && s0_headed && (s0 != s.root_dependent() || !has_buffer)) {
    valid |= 1u << kReduce;
  }
  return valid;
}

int32_t TransitionSystem::ArcHead(const ParseState& s, Move move) const {
  if (move == kLeft) return s.Buffer(0);
  if (move != kRight) return kNoToken;
  if (kind_ == TransitionKind::kArcHybrid) return s.Stack(1);
  if (!s.buffer_empty()) return s.Stack(0);
  const int32_t below = s.Stack(1);
  return below == 0 && s.root_dependent() != kNoToken ? s.root_dependent() : below;
}

int32_t TransitionSystem::ArcDependent(const ParseState& s, Move move) const {
  if (move == kLeft) return s.Stack(0);
  if (move != kRight) return kNoToken;
  if (kind_ == TransitionKind::kArcEager && !s.buffer_empty()) return s.Buffer(0);
  return s.Stack(0);
}

int32_t TransitionSystem::ForcedClass(const ParseState& s) const {
  const uint32_t valid = ValidMoves(s);
  if (valid == (1u << kShift)) return static_cast<int32_t>(ClassOf(kShift, 0));
  if (valid == (1u << kReduce)) return static_cast<int32_t>(ClassOf(kReduce, 0));
  if (valid == (1u << kRight) && ArcHead(s, kRight) == 0) {
    return static_cast<int32_t>(ClassOf(kRight, root_label_));
  }
  return -1;
}

uint32_t TransitionSystem::BestValid(const ParseState& s, const float* scores) const {
  const uint32_t valid = ValidMoves(s);
  uint32_t best = 0;
  float best_score = 0;
  bool found = false;
  auto consider = [&](uint32_t cls) {
    if (!found || scores[cls] > best_score) {
      best = cls;
      best_score = scores[cls];
      found = true;
    }
  };
  if ((valid & (1u << kShift)) != 0) consider(ClassOf(kShift, 0));
  if ((valid & (1u << kReduce)) != 0) consider(ClassOf(kReduce, 0));
  for (Move move : {kLeft, kRight}) {
    if ((valid & (1u << move)) == 0) continue;
    if (ArcHead(s, move) == 0) {
      consider(ClassOf(move, root_label_));
      continue;
    }
    for (uint32_t l = 0; l < num_labels_; ++l) {
      if (l != root_label_) consider(ClassOf(move, l));
    }
  }
  return best;
}

void TransitionSystem::Apply(uint32_t cls, ParseState* s) const {
  const Move move = MoveOf(cls);
  switch (move) {
    case kShift:
      s->Shift();
      return;
    case kReduce:
      s->Pop();
      return;
    case kLeft:
    case kRight: {
      const auto label = static_cast<uint16_t>(LabelOf(cls));
      const int32_t head = ArcHead(*s, move);
      const int32_t dependent = ArcDependent(*s, move);
      s->AddArc(head, dependent, label);
      if (kind_ == TransitionKind::kArcEager && move == kRight && !s->buffer_empty()) {
        s->Shift();
      } else {
        s->Pop();
      }
      return;
    }
  }
}

int32_t TransitionSystem::HybridCost(const ParseState& s, const GoldTree& gold, Move move) const {
  const int32_t s0 = s.Stack(0);
  const int32_t b0 = s.Buffer(0);
  int32_t cost = 0;
  auto children = [&](int32_t t) {
    return std::pair(gold.children.begin() + gold.child_begin[static_cast<size_t>(t)],
                     gold.children.begin() + gold.child_begin[static_cast<size_t>(t) + 1]);
  };
  if (move == kShift) {
    // b0 can no longer take a head below s0, nor dependents on the stack.
    const int32_t g = gold.heads[static_cast<size_t>(b0)];
    if (g != s0 && s.InStack(g)) ++cost;
    auto [begin, end] = children(b0);
    for (auto it = begin; it != end; ++it) cost += s.InStack(*it) ? 1 : 0;
    return cost;
  }
  // LEFT and RIGHT pop s0: its dependents still in the buffer are lost, and its head unless it
  // is the one given.
  auto [begin, end] = children(s0);
  for (auto it = begin; it != end; ++it) cost += s.InBuffer(*it) ? 1 : 0;
  const int32_t g = gold.heads[static_cast<size_t>(s0)];
  if (move == kLeft) {
    if (g != b0 && (g == s.Stack(1) || s.InBuffer(g))) ++cost;
  } else if (s.InBuffer(g)) {
    ++cost;
  }
  return cost;
}

int32_t TransitionSystem::EagerCost(const ParseState& s, const GoldTree& gold, Move move) const {
  // Goldberg & Nivre's reachability: a word in the buffer can still take as head any word in
  // the buffer or on the stack (ROOT only while it has no dependent); an unattached word on the
  // stack only a word from the buffer. (The end-of-input rule, which attaches a word left
  // unattached to the word below it, is a repair outside this accounting: it would make arcs
  // pairwise reachable that cannot all be built.)
  const int32_t s0 = s.Stack(0);
  const int32_t b0 = s.Buffer(0);
  const bool root_taken = s.root_dependent() != kNoToken;
  auto head_open_for_buffer_word = [&](int32_t h) {
    return s.InBuffer(h) || (s.InStack(h) && (h != 0 || !root_taken));
  };
  auto children_in_buffer = [&](int32_t t) {
    int32_t n = 0;
    for (uint32_t i = gold.child_begin[static_cast<size_t>(t)];
         i < gold.child_begin[static_cast<size_t>(t) + 1]; ++i) {
      n += s.InBuffer(gold.children[i]) ? 1 : 0;
    }
    return n;
  };
  // Dependents of t waiting unattached on the stack (LEFT could still give them to t).
  auto unattached_children_on_stack = [&](int32_t t) {
    int32_t n = 0;
    for (uint32_t i = gold.child_begin[static_cast<size_t>(t)];
         i < gold.child_begin[static_cast<size_t>(t) + 1]; ++i) {
      const int32_t d = gold.children[i];
      n += s.InStack(d) && s.token(d).head == kNoToken ? 1 : 0;
    }
    return n;
  };
  int32_t cost = 0;
  switch (move) {
    case kShift: {
      // On the stack, b0 can only take a head from the buffer.
      const int32_t g = gold.heads[static_cast<size_t>(b0)];
      if (s.InStack(g) && (g != 0 || !root_taken)) ++cost;
      return cost + unattached_children_on_stack(b0);
    }
    case kReduce:
      return children_in_buffer(s0);
    case kLeft: {
      const int32_t g = gold.heads[static_cast<size_t>(s0)];
      if (g != b0 && s.InBuffer(g)) ++cost;
      return cost + children_in_buffer(s0);
    }
    case kRight: {
      if (s.buffer_empty()) return 0;  // s0's head was lost already
      const int32_t g = gold.heads[static_cast<size_t>(b0)];
      if (g != s0 && head_open_for_buffer_word(g)) ++cost;
      if (s0 == 0) {
        // ROOT takes its one dependent: the gold root word, if another, loses its arc.
        for (uint32_t i = gold.child_begin[0]; i < gold.child_begin[1]; ++i) {
          const int32_t r = gold.children[i];
          if (r != b0 && s.InBuffer(r)) ++cost;
        }
      }
      return cost + unattached_children_on_stack(b0);
    }
  }
  return cost;
}

int32_t TransitionSystem::MoveCost(const ParseState& s, const GoldTree& gold, Move move) const {
  return kind_ == TransitionKind::kArcHybrid ? HybridCost(s, gold, move) : EagerCost(s, gold, move);
}

void TransitionSystem::Costs(const ParseState& s, const GoldTree& gold, int32_t* costs) const {
  std::fill(costs, costs + num_classes(), kInvalid);
  const uint32_t valid = ValidMoves(s);
  for (Move move : {kShift, kReduce}) {
    if ((valid & (1u << move)) != 0) costs[ClassOf(move, 0)] = MoveCost(s, gold, move);
  }
  for (Move move : {kLeft, kRight}) {
    if ((valid & (1u << move)) == 0) continue;
    const int32_t base = MoveCost(s, gold, move);
    const int32_t head = ArcHead(s, move);
    const int32_t dependent = ArcDependent(s, move);
    // The arc-eager end-of-input repair counts as lost already, label and all.
    const bool repair = kind_ == TransitionKind::kArcEager && move == kRight && s.buffer_empty();
    const bool gold_arc = !repair && gold.heads[static_cast<size_t>(dependent)] == head;
    const int32_t gold_label = gold.labels[static_cast<size_t>(dependent)];
    for (uint32_t l = 0; l < num_labels_; ++l) {
      if ((head == 0) != (l == root_label_)) continue;
      const bool wrong_label = gold_arc && static_cast<int32_t>(l) != gold_label;
      costs[ClassOf(move, l)] = base + (wrong_label ? 1 : 0);
    }
  }
}

}  // namespace corroborate::nlp
