// Training helpers; see train_util.h.
#include "nlp/train_util.h"

#include <unistd.h>

#include <cstdio>
#include <numeric>

namespace corroborate::nlp {
namespace {

uint64_t SplitMix(uint64_t* x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Rng::Rng(uint64_t seed) {
  for (uint64_t& s : s_) s = SplitMix(&seed);
}

uint64_t Rng::Next() {
  const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = Rotl(s_[3], 45);
  return result;
}

uint64_t Rng::Below(uint64_t n) {
  // Reject the top (2^64 mod n) values so every residue is equally likely.
  const uint64_t threshold = (0 - n) % n;
  for (;;) {
    const uint64_t r = Next();
    if (r >= threshold) return r % n;
  }
}

ProgressLine::ProgressLine(bool quiet)
    : quiet_(quiet), enabled_(!quiet && isatty(STDERR_FILENO) != 0) {}

ProgressLine::~ProgressLine() { Finish(); }

void ProgressLine::Update(const std::string& text) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  std::fprintf(stderr, "\r\033[K%s", text.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressLine::Finish(const std::string& text) {
  if (drawn_) {
    std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }
  if (!text.empty() && !quiet_) std::fprintf(stderr, "%s\n", text.c_str());
  std::fflush(stderr);
}

EpochLoopResult RunEpochs(
    const EpochLoopOptions& options, size_t num_examples,
    const std::function<void(const std::vector<uint32_t>& order,
                             const std::function<void(size_t)>& report)>& train_epoch,
    const std::function<double()>& evaluate, const std::function<void()>& keep_best) {
  EpochLoopResult result;
  Rng rng(options.seed);
  std::vector<uint32_t> order(num_examples);
  std::iota(order.begin(), order.end(), 0u);
  ProgressLine progress(options.quiet);
  int since_best = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    const std::string label =
        options.name + " epoch " + std::to_string(epoch) + "/" + std::to_string(options.epochs);
    auto report = [&](size_t done) {
      if (!progress.enabled()) return;
      int percent = num_examples == 0 ? 100 : static_cast<int>(100.0 * done / num_examples);
      progress.Update(label + "  " + std::to_string(percent) + "%");
    };
    train_epoch(order, report);
    progress.Update(label + "  evaluating on dev");
    const double score = evaluate();
    result.scores.push_back(score);
    const bool best = result.best_epoch == 0 || score > result.best_score;
    char line[160];
    std::snprintf(line, sizeof line, "%s  dev %.4f%s", label.c_str(), score,
                  best ? "  (best)" : "");
    progress.Finish(line);
    if (best) {
      result.best_epoch = epoch;
      result.best_score = score;
      since_best = 0;
      keep_best();
    } else if (options.patience > 0 && ++since_best >= options.patience) {
      break;
    }
  }
  return result;
}

}  // namespace corroborate::nlp
