// Transition systems of the greedy dependency parser: the parse state (stack, buffer, the arcs
// built so far with what the features need about each word) and two systems over it:
//   arc-hybrid (Kuhlmann, Gómez-Rodríguez & Satta 2011): SHIFT, LEFT-l (s0 <- b0), RIGHT-l
//     (s1 -> s0);
//   arc-eager (Nivre 2003): SHIFT, REDUCE, LEFT-l (s0 <- b0), RIGHT-l (s0 -> b0).
// Both put the artificial ROOT (token 0) at the bottom of the stack and allow exactly one word
// to attach to it, so every terminal state is a tree with a single root. Every state that is
// not terminal has a valid transition, and a sentence of n words takes at most 2n transitions.
//
// The dynamic oracle (Goldberg & Nivre 2012, 2013): Costs() gives, for every transition, the
// number of gold arcs (a wrong label counts as one) that it makes unreachable. Both systems are
// arc-decomposable, so from any state the arcs still reachable can all be built, and a
// transition of cost 0 keeps the best tree reachable. On a non-projective gold tree the costs
// are a lower bound (pairwise reachable arcs may conflict); training then follows the
// transitions of least cost.
// Thread-safety: TransitionSystem is immutable; one ParseState per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace corroborate::nlp {

enum class TransitionKind : uint8_t { kArcHybrid = 0, kArcEager = 1 };

// A transition (a class of the classifier) is a move plus, for the two arc moves, a label:
// class 0 = SHIFT, 1 = REDUCE, 2 + 2l = LEFT-l, 3 + 2l = RIGHT-l.
enum Move : uint8_t { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
inline constexpr uint32_t NumClasses(uint32_t num_labels) { return 2 + 2 * num_labels; }
inline constexpr uint32_t ClassOf(Move move, uint32_t label) {
  return move < kLeft ? static_cast<uint32_t>(move) : 2 + 2 * label + (move == kRight ? 1 : 0);
}
inline constexpr Move MoveOf(uint32_t cls) {
  return cls < 2 ? static_cast<Move>(cls) : ((cls & 1) != 0 ? kRight : kLeft);
}
inline constexpr uint32_t LabelOf(uint32_t cls) { return (cls - 2) / 2; }

inline constexpr int32_t kNoToken = -1;
inline constexpr uint32_t kLabelSetBits = 128;  // label sets fold label ids above this

// What the parse has built so far for one token (0 = ROOT, 1..n = words).
struct TokenState {
  int32_t head = kNoToken;
  uint16_t label = 0;
  int32_t left[2] = {kNoToken, kNoToken};   // leftmost and second-leftmost dependents
  int32_t right[2] = {kNoToken, kNoToken};  // rightmost and second-rightmost dependents
  uint8_t left_count = 0;                   // saturating
  uint8_t right_count = 0;
  uint64_t left_labels[2] = {0, 0};  // the set of labels of the left dependents
  uint64_t right_labels[2] = {0, 0};
};

class ParseState {
 public:
  // Starts a parse of n words: stack [ROOT], buffer 1..n. Reuses the buffers.
  void Init(int32_t num_words);

  int32_t num_words() const { return n_; }
  // The i-th token from the top of the stack / front of the buffer, or kNoToken.
  int32_t Stack(size_t i) const {
    return i < stack_.size() ? stack_[stack_.size() - 1 - i] : kNoToken;
  }
  int32_t Buffer(int32_t i) const { return next_ + i <= n_ ? next_ + i : kNoToken; }
  size_t stack_size() const { return stack_.size(); }
  bool buffer_empty() const { return next_ > n_; }
  bool InStack(int32_t t) const { return in_stack_[static_cast<size_t>(t)] != 0; }
  bool InBuffer(int32_t t) const { return t >= next_ && t <= n_; }
  const TokenState& token(int32_t t) const { return tokens_[static_cast<size_t>(t)]; }
  int32_t root_dependent() const { return tokens_[0].right[0]; }

  // Primitive steps the transition systems are made of.
  void Shift();
  void Pop();
  void AddArc(int32_t head, int32_t dependent, uint16_t label);

 private:
  int32_t n_ = 0;
  int32_t next_ = 1;  // the front of the buffer
  std::vector<int32_t> stack_;
  std::vector<uint8_t> in_stack_;
  std::vector<TokenState> tokens_;
};

// The gold tree of a training sentence: heads[t], labels[t] for t = 1..n (index 0 unused), and
// each token's gold dependents (children_[child_begin[t] .. child_begin[t+1])).
struct GoldTree {
  std::vector<int32_t> heads;
  std::vector<int32_t> labels;  // -1 for a label the model does not know
  std::vector<uint32_t> child_begin;
  std::vector<int32_t> children;
  // Fills the child lists from heads (heads must be a tree over 1..n with ROOT 0).
  void IndexChildren();
};

class TransitionSystem {
 public:
  static constexpr int32_t kInvalid = 1 << 30;  // the cost of a transition not allowed now

  TransitionSystem(TransitionKind kind, uint32_t num_labels, uint32_t root_label)
      : kind_(kind), num_labels_(num_labels), root_label_(root_label) {}

  TransitionKind kind() const { return kind_; }
  uint32_t num_labels() const { return num_labels_; }
  uint32_t num_classes() const { return NumClasses(num_labels_); }
  uint32_t root_label() const { return root_label_; }

  bool IsTerminal(const ParseState& s) const { return s.buffer_empty() && s.stack_size() == 1; }
  // Bit (1 << move) set for every move allowed in s.
  uint32_t ValidMoves(const ParseState& s) const;
  // The head the arc of an arc move would get in s (the label must be root_label exactly when
  // that head is ROOT).
  int32_t ArcHead(const ParseState& s, Move move) const;
  // The only allowed class when there is just one (e.g. SHIFT on an empty stack), else -1:
  // such states need no scoring.
  int32_t ForcedClass(const ParseState& s) const;
  // The allowed class with the highest score (scores has num_classes() entries). The state must
  // not be terminal.
  uint32_t BestValid(const ParseState& s, const float* scores) const;
  void Apply(uint32_t cls, ParseState* s) const;

  // costs[c] for every class: gold arcs lost by taking c in s (kInvalid when not allowed).
  void Costs(const ParseState& s, const GoldTree& gold, int32_t* costs) const;

 private:
  // Unlabelled cost of a move: gold arcs it makes unreachable.
  int32_t MoveCost(const ParseState& s, const GoldTree& gold, Move move) const;
  int32_t HybridCost(const ParseState& s, const GoldTree& gold, Move move) const;
  int32_t EagerCost(const ParseState& s, const GoldTree& gold, Move move) const;
  // The dependent of the arc an arc move would make.
  int32_t ArcDependent(const ParseState& s, Move move) const;

  TransitionKind kind_;
  uint32_t num_labels_;
  uint32_t root_label_;
};

}  // namespace corroborate::nlp
