// Shared pieces of model training: a seeded random generator with the same output on every
// platform (std:: distributions are implementation-defined, so they would break bit-for-bit
// reproducible training), Fisher-Yates shuffling, a progress line on a terminal, and the epoch
// loop with dev evaluation and best-epoch selection.
// Thread-safety: single-threaded helpers.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace corroborate::nlp {

// xoshiro256** seeded through splitmix64 (public-domain algorithms by Vigna and Blackman).
class Rng {
 public:
  explicit Rng(uint64_t seed);
  uint64_t Next();
  // Uniform in [0, n), n > 0 (rejection sampling: unbiased, portable).
  uint64_t Below(uint64_t n);

 private:
  uint64_t s_[4];
};

template <class T>
void Shuffle(std::vector<T>* items, Rng* rng) {
  for (size_t i = items->size(); i > 1; --i) {
    size_t j = static_cast<size_t>(rng->Below(i));
    std::swap((*items)[i - 1], (*items)[j]);
  }
}

// One status line on stderr, redrawn in place at most ~10 times a second when stderr is a
// terminal; Finish(text) lines are printed either way unless quiet (they are the log).
class ProgressLine {
 public:
  explicit ProgressLine(bool quiet);
  ~ProgressLine();
  void Update(const std::string& text);
  // Ends the redrawn line; `text` (if any) is printed as a permanent line.
  void Finish(const std::string& text = "");
  bool enabled() const { return enabled_; }

 private:
  bool quiet_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

struct EpochLoopOptions {
  int epochs = 10;
  uint64_t seed = 1;
  bool quiet = false;
  std::string name = "model";  // in progress lines: "tagger epoch 3/10"
  // Stop when the dev score has not improved for this many epochs (0 = never stop early).
  int patience = 0;
};

struct EpochLoopResult {
  int best_epoch = 0;  // 1-based; 0 if no epoch ran
  double best_score = 0;
  std::vector<double> scores;  // per epoch
};

// Runs up to options.epochs epochs. Each epoch shuffles the example order (deterministically
// from the seed), calls train_epoch(order, report) — report(done) updates the progress line
// with the number of examples done — then evaluate() for the dev score (higher is better);
// on a new best score it calls keep_best() so the caller can snapshot its model.
EpochLoopResult RunEpochs(
    const EpochLoopOptions& options, size_t num_examples,
    const std::function<void(const std::vector<uint32_t>& order,
                             const std::function<void(size_t)>& report)>& train_epoch,
    const std::function<double()>& evaluate, const std::function<void()>& keep_best);

}  // namespace corroborate::nlp
