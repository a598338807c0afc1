// `corroborate eval WHAT …`: scores a model (or the sentence splitter) on the standard test
// split and prints the figures. One function per evaluation registers `eval WHAT` with its
// options and returns its runner; a new one adds its function here and one line in
// AddEvalCommand (`eval parser`, `eval ner`, `eval account GOLD` …).
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyze/segmentation_eval.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "eval/account_score.h"
#include "eval/gold_file.h"
#include "eval/run_corpus.h"
#include "eval/score_report.h"
#include "nlp/conllu.h"
#include "nlp/model_paths.h"
#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/parser.h"
#include "nlp/sentence_model.h"
#include "nlp/tagger.h"
#include "nlp/training_data.h"

namespace corroborate::cli {
namespace {

using EvalTarget = std::pair<CLI::App*, Command>;

int Fail(const Status& s) {
  std::fprintf(stderr, "corroborate: %s\n", s.message().c_str());
  return kExitUsage;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process: the speed per core even on a busy machine.
// The CoNLL-U file to score on: --test when given, else UD English EWT test under the data dir.
Result<std::string> EwtTestFile(const std::string& data_option, const std::string& test_option) {
  if (!test_option.empty()) return test_option;
  Result<std::string> dir = nlp::FindDataDir(data_option, "ud");
  if (!dir.ok()) return dir.status();
  return nlp::EwtPath(*dir, "test");
}

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

EvalTarget AddEvalTagger(CLI::App* eval) {
  auto* sub = eval->add_subcommand(
      "tagger", "UPOS, XPOS and lemma accuracy on UD English EWT test (gold tokenisation)");
  struct Options {
    std::string model, data, test;
  };
  auto o = std::make_shared<Options>();
  sub->add_option("--model", o->model, "Tagger model (default: models/tagger.bin)");
  sub->add_option("--data", o->data, "UD data directory (default: ../shared/data/ud)");
  sub->add_option("--test", o->test, "A CoNLL-U file to score on instead of EWT test");
  return {sub, [o] {
            Result<std::string> model = nlp::ModelFileOr(o->model, "tagger.bin");
            if (!model.ok()) return Fail(model.status());
            Result<std::string> test_file = EwtTestFile(o->data, o->test);
            if (!test_file.ok()) return Fail(test_file.status());
            const std::string& test = *test_file;
            auto start = std::chrono::steady_clock::now();
            Result<nlp::Tagger> tagger = nlp::Tagger::Load(*model);
            if (!tagger.ok()) return Fail(tagger.status());
            const double load_seconds = SecondsSince(start);
            Result<std::vector<nlp::ConlluSentence>> gold = nlp::ReadConlluFile(test);
            if (!gold.ok()) return Fail(gold.status());
            const double cpu_start = CpuSeconds();
            nlp::TaggerScores s = nlp::EvaluateTagger(*tagger, *gold);
            const double seconds = CpuSeconds() - cpu_start;
            std::printf("test: %s (%zu words)\n", test.c_str(), s.words);
            std::printf("UPOS   %.2f%%\nXPOS   %.2f%%\nLemma  %.2f%%\n", 100 * s.upos(),
                        100 * s.xpos(), 100 * s.lemma());
            std::printf("model load %.3f s; tagging %.0f words/s per core (CPU time)\n",
                        load_seconds, seconds > 0 ? s.words / seconds : 0.0);
            return kExitOk;
          }};
}

EvalTarget AddEvalSentences(CLI::App* eval) {
  auto* sub = eval->add_subcommand(
      "sentences",
      "Sentence and token F1 of the tokenizer and sentence splitter on UD EWT test raw text");
  struct Options {
    std::string data, test, model;
    bool verbose = false, no_models = false;
  };
  auto o = std::make_shared<Options>();
  sub->add_option("--data", o->data, "UD data directory (default: ../shared/data/ud)");
  sub->add_option("--test", o->test, "A CoNLL-U file to score on instead of EWT test");
  sub->add_option("--model", o->model,
                  "Sentence-boundary model (default: models/sentences.bin when present)");
  sub->add_flag("--no-models", o->no_models, "Score the rule splitter alone");
  sub->add_flag("-v,--verbose", o->verbose, "Print each sentence-boundary error");
  return {sub, [o] {
            Result<std::string> test_file = EwtTestFile(o->data, o->test);
            if (!test_file.ok()) return Fail(test_file.status());
            const std::string& test = *test_file;
            std::optional<nlp::SentenceModel> model;
            std::string splitter = "rules";
            if (!o->no_models) {
              Result<std::string> path = nlp::ModelFileOr(o->model, "sentences.bin");
              if (!o->model.empty() || path.ok()) {
                if (!path.ok()) return Fail(path.status());
                Result<nlp::SentenceModel> loaded = nlp::SentenceModel::Load(*path);
                if (!loaded.ok()) return Fail(loaded.status());
                model.emplace(std::move(loaded).value());
                splitter = *path;
              }
            }
            Result<SegmentationScores> s = EvaluateSegmentation(test, o->verbose ? stderr : nullptr,
                                                                nullptr, model ? &*model : nullptr);
            if (!s.ok()) return Fail(s.status());
            std::printf("test: %s (%zu documents, %zu sentences; splitter: %s)\n", test.c_str(),
                        s->documents, s->sentences.gold, splitter.c_str());
            std::printf("sentences  P %.4f  R %.4f  F1 %.4f\n", s->sentences.precision(),
                        s->sentences.recall(), s->sentences.f1());
            std::printf("tokens     P %.4f  R %.4f  F1 %.4f\n", s->tokens.precision(),
                        s->tokens.recall(), s->tokens.f1());
            std::printf("words      P %.4f  R %.4f  F1 %.4f\n", s->words.precision(),
                        s->words.recall(), s->words.f1());
            return kExitOk;
          }};
}

// `eval parser`: UAS and LAS on EWT test with gold tokens, tagged by our tagger (or gold tags).
EvalTarget AddEvalParser(CLI::App* eval) {
  auto* sub = eval->add_subcommand(
      "parser",
      "Dependency UAS and LAS on UD English EWT test (gold tokenisation; tags from our tagger "
      "unless --gold-tags)");
  struct Options {
    std::string model, tagger, data, test;
    bool gold_tags = false;
  };
  auto o = std::make_shared<Options>();
  sub->add_option("--model", o->model, "Parser model (default: models/parser.bin)");
  sub->add_option("--tagger", o->tagger, "Tagger model (default: models/tagger.bin)");
  sub->add_flag("--gold-tags", o->gold_tags, "Parse with the gold UPOS/XPOS instead of tagging");
  sub->add_option("--data", o->data, "UD data directory (default: ../shared/data/ud)");
  sub->add_option("--test", o->test, "A CoNLL-U file to score on instead of EWT test");
  return {sub, [o] {
            Result<std::string> model = nlp::ModelFileOr(o->model, "parser.bin");
            if (!model.ok()) return Fail(model.status());
            Result<std::string> test_file = EwtTestFile(o->data, o->test);
            if (!test_file.ok()) return Fail(test_file.status());
            const std::string& test = *test_file;
            auto start = std::chrono::steady_clock::now();
            Result<nlp::Parser> parser = nlp::Parser::Load(*model);
            if (!parser.ok()) return Fail(parser.status());
            std::optional<nlp::Tagger> tagger;
            if (!o->gold_tags) {
              Result<std::string> tagger_path = nlp::ModelFileOr(o->tagger, "tagger.bin");
              if (!tagger_path.ok()) return Fail(tagger_path.status());
              Result<nlp::Tagger> loaded = nlp::Tagger::Load(*tagger_path);
              if (!loaded.ok()) return Fail(loaded.status());
              tagger.emplace(std::move(loaded).value());
            }
            const double load_seconds = SecondsSince(start);
            Result<std::vector<nlp::ConlluSentence>> gold = nlp::ReadConlluFile(test);
            if (!gold.ok()) return Fail(gold.status());
            const nlp::ParserScores s =
                nlp::EvaluateParser(*parser, *gold, tagger ? &*tagger : nullptr);
            std::printf("test: %s (%zu sentences, %zu words)\n", test.c_str(), s.sentences,
                        s.words);
            if (tagger) {
              std::printf("tags: predicted by the tagger (UPOS %.2f%%)\n", 100 * s.upos());
            } else {
              std::printf("tags: gold\n");
            }
            std::printf("UAS                 %.2f%%\n", 100 * s.uas());
            std::printf("LAS                 %.2f%%  (full relation, e.g. nsubj:pass)\n",
                        100 * s.las());
            std::printf("LAS (universal)     %.2f%%  (subtypes ignored, as conll18_ud_eval.py)\n",
                        100 * s.las_universal());
            std::printf("model load %.3f s; %s %.0f words/s (1 thread, CPU time)\n", load_seconds,
                        tagger ? "tagging + parsing" : "parsing",
                        s.seconds > 0 ? s.words / s.seconds : 0.0);
            return kExitOk;
          }};
}

// `eval ner`: exact-span entity P/R/F1 per type and micro-averaged over PER/ORG/LOC on the
// UNER English test sets (PUD and EWT), with POS tags from our tagger.
EvalTarget AddEvalNer(CLI::App* eval) {
  auto* sub = eval->add_subcommand(
      "ner", "Entity P/R/F1 (exact spans, PER/ORG/LOC) on UNER English PUD and EWT test");
  struct Options {
    std::string model, tagger, data;
    std::vector<std::string> tests = {"pud", "ewt"};
  };
  auto o = std::make_shared<Options>();
  sub->add_option("--model", o->model, "NER model (default: models/ner.bin)");
  sub->add_option("--tagger", o->tagger, "Tagger model (default: models/tagger.bin)");
  sub->add_option("--data", o->data, "NER data directory (default: ../shared/data/ner)");
  sub->add_option("--test", o->tests, "Test sets: pud, ewt, dev (UNER EWT dev)")
      ->default_val(o->tests)
      ->check(CLI::IsMember({"pud", "ewt", "dev"}));
  return {
      sub, [o] {
        Result<std::string> model = nlp::ModelFileOr(o->model, "ner.bin");
        if (!model.ok()) return Fail(model.status());
        Result<std::string> dir = nlp::FindDataDir(o->data, "ner");
        if (!dir.ok()) return Fail(dir.status());
        auto start = std::chrono::steady_clock::now();
        Result<nlp::EntityRecognizer> ner = nlp::EntityRecognizer::Load(*model);
        if (!ner.ok()) return Fail(ner.status());
        const double load_seconds = SecondsSince(start);
        std::optional<nlp::Tagger> tagger;
        if (ner->uses_pos()) {
          Result<std::string> tagger_path = nlp::ModelFileOr(o->tagger, "tagger.bin");
          if (!tagger_path.ok()) return Fail(tagger_path.status());
          Result<nlp::Tagger> loaded = nlp::Tagger::Load(*tagger_path);
          if (!loaded.ok()) return Fail(loaded.status());
          tagger.emplace(std::move(loaded).value());
        }
        std::printf("model: %s (load %.3f s; POS tags: %s)\n", model->c_str(), load_seconds,
                    tagger ? "from the tagger" : "none");
        for (const std::string& test : o->tests) {
          const std::string path =
              test == "dev" ? nlp::UnerEwtPath(*dir, "dev") : nlp::UnerTestPath(*dir, test);
          Result<std::vector<nlp::NerSentence>> gold = nlp::ReadIobFile(path, nlp::UnerFormat());
          if (!gold.ok()) return Fail(gold.status());
          const nlp::NerScores s = nlp::EvaluateNer(*ner, *gold, tagger ? &*tagger : nullptr);
          std::printf("\ntest: %s (%zu sentences, %zu words)\n", path.c_str(), s.sentences,
                      s.words);
          std::printf("%-8s %7s %7s %7s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred");
          auto row = [](const nlp::NerTypeScores& t) {
            std::printf("%-8s %7.2f %7.2f %7.2f %6zu %6zu\n", t.type.c_str(), 100 * t.precision(),
                        100 * t.recall(), 100 * t.f1(), t.gold, t.predicted);
          };
          for (const nlp::NerTypeScores& t : s.types) row(t);
          row(s.overall);
          std::printf("%s %.0f words/s (1 thread, CPU time)\n", tagger ? "tagging + NER" : "NER",
                      s.seconds > 0 ? s.words / s.seconds : 0.0);
        }
        return kExitOk;
      }};
}

// `eval account GOLD`: scores an account (run here on the gold's corpus, or read with
// --account) against a hand-made gold file, per category (docs/evaluation.md).
EvalTarget AddEvalAccount(CLI::App* eval) {
  auto* sub = eval->add_subcommand(
      "account",
      "Precision and recall of entities, quotes, facts, conflicts and positions "
      "against a gold file (eval/gold/*.json)");
  struct Options {
    std::string gold, account, shared;
    unsigned threads = 0;
    bool verbose = false;
    ModelOptions models;
  };
  auto o = std::make_shared<Options>();
  sub->add_option("gold", o->gold, "Gold file (docs/evaluation.md)")->required();
  // The corpus runs through brief's pipeline with brief's defaults: the trained models.
  AddModelOptions(sub, &o->models);
  sub->add_option("--account", o->account,
                  "Score this account.json instead of running brief on the gold's corpus");
  sub->add_option("--shared", o->shared,
                  "Shared data folder for a gold's shared_corpus (default: ../shared)");
  sub->add_option("-j,--threads", o->threads, "Worker threads (default: all cores)");
  sub->add_flag("-v,--verbose", o->verbose, "List the misses and false positives");
  return {sub, [o] {
            Result<eval::Gold> gold = eval::ReadGoldFile(o->gold);
            if (!gold.ok()) return Fail(gold.status());
            Result<eval::SysAccount> account = Status::Internal("unset");
            std::string source = "account: " + o->account;
            if (!o->account.empty()) {
              account = eval::ReadAccountFile(o->account);
              if (!account.ok()) return Fail(account.status());
            } else {
              Result<std::string> corpus = eval::ResolveCorpus(*gold, o->shared);
              if (!corpus.ok() && corpus.status().code() == Status::Code::kNotFound &&
                  gold->corpus.empty() && o->shared.empty()) {
                // Shared data (../shared) is optional: its gold sets skip, as its tests do.
                std::fprintf(stderr, "corroborate: %s; skipped\n",
                             corpus.status().message().c_str());
                return kExitOk;
              }
              if (!corpus.ok()) return Fail(corpus.status());
              std::optional<nlp::Linguistics> models;
              if (!LoadModels(o->models, &models)) return kExitUsage;
              account = eval::BuildCorpusAccount(*corpus, o->threads, models ? &*models : nullptr);
              if (!account.ok()) return Fail(account.status());
              source = "corpus: " + *corpus + " (brief run in process)";
            }
            Result<eval::AccountScores> scores = eval::ScoreAccount(*gold, *account);
            if (!scores.ok()) return Fail(scores.status());
            std::printf("gold: %s\n%s\n\n", o->gold.c_str(), source.c_str());
            eval::PrintScores(stdout, *scores, o->verbose);
            return kExitOk;
          }};
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  auto* eval = app.add_subcommand(
      "eval", "Score a model on the standard test split, or an account against a gold file");
  eval->require_subcommand(1);
  std::vector<EvalTarget> targets = {
      AddEvalTagger(eval), AddEvalSentences(eval), AddEvalParser(eval),
      AddEvalNer(eval),    AddEvalAccount(eval),
  };
  return [targets] {
    for (const auto& [sub, run] : targets) {
      if (sub->parsed()) return run();
    }
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
