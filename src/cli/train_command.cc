// `corroborate train MODEL …`: rebuilds an NLP model from its training data, bit for bit
// reproducibly (fixed seeds, no timestamps or absolute paths in the file).
// One function per model registers `train MODEL` with its options and returns its runner; a
// new model adds its function here and one line in AddTrainCommand.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/model_paths.h"
#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/parser.h"
#include "nlp/parser_tags.h"
#include "nlp/tagger.h"
#include "nlp/training_data.h"

namespace corroborate::cli {
namespace {

using TrainTarget = std::pair<CLI::App*, Command>;

// Options every `train MODEL` shares.
struct CommonTrainOptions {
  std::string data;  // the data directory (default ../shared/data/<ud|ner>)
  std::string out;   // the model file (default models/<model>.bin)
  int epochs = 0;
  uint64_t seed = 1;
  bool quiet = false;
};

void AddCommonTrainOptions(CLI::App* sub, CommonTrainOptions* o, int default_epochs,
                           const std::string& data_help) {
  o->epochs = default_epochs;
  sub->add_option("--data", o->data, data_help);
  sub->add_option(
      "--out", o->out,
      "Model file to write (default: models/" + sub->get_name() + ".bin in the source tree)");
  sub->add_option("--epochs", o->epochs, "Training epochs (the best on dev is kept)")
      ->default_val(default_epochs)
      ->check(CLI::Range(1, 1000));
  sub->add_option("--seed", o->seed, "Seed for shuffling (same seed, same model)")->default_val(1);
  sub->add_flag("-q,--quiet", o->quiet, "No progress output");
}

// The output path: --out, else models/<name>.bin of the source tree, else ./models.
std::string OutputPath(const CommonTrainOptions& o, const std::string& name) {
  if (!o.out.empty()) return o.out;
  Result<std::string> dir = nlp::FindModelsDir();
  return (dir.ok() ? *dir : std::string("models")) + "/" + name + ".bin";
}

int Fail(const Status& s) {
  std::fprintf(stderr, "corroborate: %s\n", s.message().c_str());
  return kExitUsage;
}

TrainTarget AddTrainTagger(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "tagger", "Train the part-of-speech tagger and lemmatiser on UD English EWT (+ GUM)");
  auto o = std::make_shared<CommonTrainOptions>();
  AddCommonTrainOptions(sub, o.get(), 12,
                        "UD data directory holding UD_English-EWT/ and UD_English-GUM/ "
                        "(default: ../shared/data/ud)");
  auto no_gum = std::make_shared<bool>(false);
  auto two_pass = std::make_shared<bool>(false);
  sub->add_flag("--no-gum", *no_gum,
                "Train on EWT only (default adds GUM's openly licensed genres)");
  sub->add_flag("--two-pass", *two_pass,
                "Add a second pass that sees the first pass's tags to the right (slower)");
  return {sub, [o, no_gum, two_pass] {
            Result<std::string> dir = nlp::FindDataDir(o->data, "ud");
            if (!dir.ok()) return Fail(dir.status());
            nlp::UdDataOptions data_options;
            data_options.with_gum = !*no_gum;
            Result<nlp::UdData> data = nlp::LoadUdData(*dir, data_options);
            if (!data.ok()) return Fail(data.status());
            nlp::TaggerTrainOptions options;
            options.epochs = o->epochs;
            options.seed = o->seed;
            options.quiet = o->quiet;
            options.two_pass = *two_pass;
            Result<nlp::Tagger> tagger = nlp::Tagger::Train(data->train, data->dev, options);
            if (!tagger.ok()) return Fail(tagger.status());
            std::vector<std::pair<std::string, std::string>> meta = data->Describe();
            meta.emplace_back(
                "command", "corroborate train tagger --epochs " + std::to_string(o->epochs) +
                               " --seed " + std::to_string(o->seed) + (*no_gum ? " --no-gum" : "") +
                               (*two_pass ? " --two-pass" : ""));
            const std::string out = OutputPath(*o, "tagger");
            Status saved = tagger->Save(out, meta);
            if (!saved.ok()) {
              std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
              return kExitOutput;
            }
            nlp::TaggerScores dev = nlp::EvaluateTagger(*tagger, data->dev);
            if (!o->quiet) {
              std::fprintf(stderr, "wrote %s (dev UPOS %.2f%%, lemma %.2f%%)\n", out.c_str(),
                           100 * dev.upos(), 100 * dev.lemma());
            }
            return kExitOk;
          }};
}

// `train parser`: the dependency parser on UD English EWT train (+ GUM's shippable genres).
// By default it learns from jackknifed tagger output (the tags it will see in `annotate`) and
// chooses the epoch by LAS on EWT dev tagged by models/tagger.bin.
TrainTarget AddTrainParser(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "parser", "Train the dependency parser on UD English EWT (+ GUM) with jackknifed tags");
  struct ParserTrainCliOptions : CommonTrainOptions {
    std::string system = "arc-hybrid";
    std::string tagger;  // for the dev set's tags
    double prune = 2.0;
    int min_count = 6;
    int jackknife = 4;
    bool no_gum = false;
  };
  // The fold taggers are trained as `train tagger` trains the shipped one.
  constexpr int kTaggerEpochs = 12;
  auto o = std::make_shared<ParserTrainCliOptions>();
  AddCommonTrainOptions(sub, o.get(), 12,
                        "UD data directory holding UD_English-EWT/ and UD_English-GUM/ "
                        "(default: ../shared/data/ud)");
  sub->add_option("--system", o->system, "Transition system")
      ->check(CLI::IsMember({"arc-hybrid", "arc-eager"}))
      ->default_val(o->system);
  sub->add_option("--jackknife", o->jackknife,
                  "Train on tags from this many jackknifed taggers (0: gold tags)")
      ->check(CLI::Range(0, 20))
      ->default_val(o->jackknife);
  sub->add_option("--tagger", o->tagger,
                  "Tagger that tags EWT dev for choosing the epoch when jackknifing "
                  "(default: models/tagger.bin)");
  sub->add_option("--min-count", o->min_count,
                  "Learn only features seen this often on the training trees")
      ->check(CLI::Range(1, 1000))
      ->default_val(o->min_count);
  sub->add_option("--prune", o->prune,
                  "Drop averaged weights below this magnitude (smaller, faster model)")
      ->check(CLI::Range(0.0, 100.0))
      ->default_val(o->prune);
  sub->add_flag("--no-gum", o->no_gum, "Train on EWT only");
  return {
      sub, [o] {
        Result<std::string> dir = nlp::FindDataDir(o->data, "ud");
        if (!dir.ok()) return Fail(dir.status());
        nlp::UdDataOptions data_options;
        data_options.with_gum = !o->no_gum;
        Result<nlp::UdData> data = nlp::LoadUdData(*dir, data_options);
        if (!data.ok()) return Fail(data.status());
        std::vector<std::pair<std::string, std::string>> meta = data->Describe();
        std::optional<nlp::Tagger> dev_tagger;
        std::vector<nlp::SentenceTags> train_tags;
        if (o->jackknife > 0) {
          Result<std::string> path = nlp::ModelFileOr(o->tagger, "tagger.bin");
          if (!path.ok()) return Fail(path.status());
          Result<nlp::ModelFile> file = nlp::ModelFile::Load(*path, "tagger");
          if (!file.ok()) return Fail(file.status());
          Result<nlp::Tagger> tagger = nlp::Tagger::FromModelFile(*file);
          if (!tagger.ok()) return Fail(tagger.status());
          dev_tagger.emplace(std::move(tagger).value());
          // The dev tagger's recipe (its meta section) without its path.
          Result<std::string_view> tagger_meta = file->Section("meta");
          char crc[16];
          std::snprintf(crc, sizeof crc, "%08x",
                        nlp::Crc32(tagger_meta.ok() ? *tagger_meta : std::string_view()));
          meta.emplace_back("dev tagger", "tagger.bin with meta crc32 " + std::string(crc));
          nlp::TaggerTrainOptions tagger_options;
          tagger_options.epochs = kTaggerEpochs;
          tagger_options.seed = o->seed;
          tagger_options.quiet = o->quiet;
          Result<std::vector<nlp::SentenceTags>> tags = nlp::JackknifeTags(
              data->train, data->dev, static_cast<uint32_t>(o->jackknife), tagger_options);
          if (!tags.ok()) return Fail(tags.status());
          train_tags = std::move(tags).value();
        }
        nlp::ParserTrainOptions options;
        options.epochs = o->epochs;
        options.seed = o->seed;
        options.quiet = o->quiet;
        options.system = o->system == "arc-eager" ? nlp::TransitionKind::kArcEager
                                                  : nlp::TransitionKind::kArcHybrid;
        options.prune_below = o->prune;
        options.min_feature_count = static_cast<uint32_t>(o->min_count);
        if (o->jackknife > 0) {
          options.train_tags = &train_tags;
          options.dev_tagger = &*dev_tagger;
        }
        Result<nlp::Parser> parser = nlp::Parser::Train(data->train, data->dev, options);
        if (!parser.ok()) return Fail(parser.status());
        const nlp::ParserScores gold = nlp::EvaluateParser(*parser, data->dev);
        char prune[32];
        std::snprintf(prune, sizeof prune, "%g", o->prune);
        meta.emplace_back("command", "corroborate train parser --epochs " +
                                         std::to_string(o->epochs) + " --seed " +
                                         std::to_string(o->seed) + " --system " + o->system +
                                         " --jackknife " + std::to_string(o->jackknife) +
                                         " --min-count " + std::to_string(o->min_count) +
                                         " --prune " + prune + (o->no_gum ? " --no-gum" : ""));
        char scores[160];
        const int len = std::snprintf(scores, sizeof scores, "EWT dev: gold tags UAS %.2f LAS %.2f",
                                      100 * gold.uas(), 100 * gold.las());
        if (dev_tagger && len > 0) {
          const nlp::ParserScores tagged = nlp::EvaluateParser(*parser, data->dev, &*dev_tagger);
          std::snprintf(scores + len, sizeof scores - static_cast<size_t>(len),
                        "; tagger's tags UAS %.2f LAS %.2f", 100 * tagged.uas(),
                        100 * tagged.las());
        }
        meta.emplace_back("dev", scores);
        const std::string out = OutputPath(*o, "parser");
        Status saved = parser->Save(out, meta);
        if (!saved.ok()) {
          std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
          return kExitOutput;
        }
        if (!o->quiet) {
          std::fprintf(stderr, "wrote %s (%s; %zu features, %zu weights)\n", out.c_str(), scores,
                       parser->num_features(), parser->num_weights());
        }
        return kExitOk;
      }};
}

// `train ner`: the entity recogniser on UNER English EWT train (+ openly licensed NER corpora
// mapped to PER/ORG/LOC), with gazetteer features from GeoNames and world-countries and POS
// features from the tagger; the epoch chosen by entity F1 on UNER EWT dev.
TrainTarget AddTrainNer(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "ner", "Train the named-entity recogniser on UNER English EWT (+ open NER corpora)");
  struct NerTrainCliOptions : CommonTrainOptions {
    std::string gazetteer, tagger, ud;
    // Measured on UNER EWT dev: BTC and GUM help; wikigold, WNUT17 and re3d do not.
    std::vector<std::string> extra = {"btc", "gum"};
    bool no_pos = false, no_norp = false, no_cues = false;
    uint32_t min_population = 15000, casing_min_count = 2, cue_min_names = 2;
    double prune = 0, lowercase_share = 0;
  };
  auto o = std::make_shared<NerTrainCliOptions>();
  AddCommonTrainOptions(sub, o.get(), 12,
                        "NER data directory holding UNER_English-EWT/ and the other corpora "
                        "(default: ../shared/data/ner)");
  sub->add_option("--gazetteer", o->gazetteer,
                  "Gazetteer data directory (default: ../shared/data/gazetteer)");
  sub->add_option("--tagger", o->tagger,
                  "Tagger model for POS features (default: models/tagger.bin)");
  sub->add_flag("--no-pos", o->no_pos, "No POS features (no tagger needed)");
  sub->add_option("--extra", o->extra,
                  "Extra training corpora: wikigold btc wnut17 re3d gum, or none")
      ->default_val(o->extra)
      ->check(CLI::IsMember({"wikigold", "btc", "wnut17", "re3d", "gum", "none"}));
  sub->add_option("--ud", o->ud, "UD data directory, for --extra gum (default: ../shared/data/ud)");
  sub->add_option("--min-population", o->min_population,
                  "Gazetteer: GeoNames places with at least this many people")
      ->default_val(o->min_population);
  sub->add_option("--casing-min-count", o->casing_min_count,
                  "Casing lexicon: words seen at least this often")
      ->default_val(o->casing_min_count)
      ->check(CLI::Range(1, 1000));
  sub->add_option("--prune", o->prune, "Drop averaged weights below this magnitude")
      ->default_val(o->prune)
      ->check(CLI::Range(0.0, 100.0));
  sub->add_flag("--no-norp", o->no_norp, "No NORP (nationality) lookup");
  sub->add_flag("--no-cues", o->no_cues, "No name-part cues learnt from the training spans");
  sub->add_option("--cue-min-names", o->cue_min_names,
                  "Name-part cues: words playing their part in at least this many names")
      ->default_val(o->cue_min_names)
      ->check(CLI::Range(1, 1000));
  sub->add_option("--lowercase-share", o->lowercase_share,
                  "Share of training documents added again in lowercase")
      ->default_val(o->lowercase_share)
      ->check(CLI::Range(0.0, 1.0));
  return {
      sub, [o] {
        Result<std::string> dir = nlp::FindDataDir(o->data, "ner");
        if (!dir.ok()) return Fail(dir.status());
        Result<std::string> gazetteer_dir = nlp::FindDataDir(o->gazetteer, "gazetteer");
        if (!gazetteer_dir.ok()) return Fail(gazetteer_dir.status());
        nlp::NerDataOptions data_options;
        for (const std::string& name : o->extra) {
          if (name != "none") data_options.extra.push_back(name);
        }
        if (std::find(o->extra.begin(), o->extra.end(), "gum") != o->extra.end()) {
          Result<std::string> ud = nlp::FindDataDir(o->ud, "ud");
          if (!ud.ok()) return Fail(ud.status());
          data_options.ud_dir = *ud;
        }
        Result<nlp::NerData> data = nlp::LoadNerData(*dir, data_options);
        if (!data.ok()) return Fail(data.status());
        std::vector<std::pair<std::string, std::string>> meta = data->provenance;
        nlp::NerResourceOptions resource_options;
        resource_options.min_population = o->min_population;
        resource_options.casing_min_count = o->casing_min_count;
        resource_options.cues = !o->no_cues;
        resource_options.cue_min_names = o->cue_min_names;
        Result<nlp::NerTrainResources> built =
            nlp::BuildNerResources(data->train, *gazetteer_dir, resource_options, &meta);
        if (!built.ok()) return Fail(built.status());
        nlp::NerTrainResources resources = std::move(built).value();
        std::optional<nlp::Tagger> tagger;
        if (!o->no_pos) {
          Result<std::string> path = nlp::ModelFileOr(o->tagger, "tagger.bin");
          if (!path.ok()) return Fail(path.status());
          Result<nlp::Tagger> loaded = nlp::Tagger::Load(*path);
          if (!loaded.ok()) return Fail(loaded.status());
          tagger.emplace(std::move(loaded).value());
          resources.tagger = &*tagger;
          // Which tagger the POS features came from: its own training command and data.
          Result<nlp::ModelFile> file = nlp::ModelFile::Load(*path, "tagger");
          Result<std::string_view> tagger_meta =
              file.ok() ? file->Section("meta") : Result<std::string_view>(file.status());
          if (tagger_meta.ok()) {
            char crc[16];
            std::snprintf(crc, sizeof crc, "%08x", nlp::Crc32(*tagger_meta));
            meta.emplace_back("tagger", file->Meta("command") + " (meta crc32 " + crc + ")");
          }
        }
        nlp::NerTrainOptions options;
        options.epochs = o->epochs;
        options.seed = o->seed;
        options.quiet = o->quiet;
        options.prune_below = o->prune;
        options.norp = !o->no_norp;
        options.lowercase_share = o->lowercase_share;
        Result<nlp::EntityRecognizer> ner =
            nlp::EntityRecognizer::Train(data->train, data->dev, std::move(resources), options);
        if (!ner.ok()) return Fail(ner.status());
        const nlp::NerScores dev = nlp::EvaluateNer(*ner, data->dev, tagger ? &*tagger : nullptr);
        std::string extra;
        for (const std::string& name : o->extra) extra += " " + name;
        char prune[64];
        std::snprintf(prune, sizeof prune, "%g --lowercase-share %g", o->prune, o->lowercase_share);
        meta.emplace_back(
            "command", "corroborate train ner --epochs " + std::to_string(o->epochs) + " --seed " +
                           std::to_string(o->seed) + " --extra" + extra + " --min-population " +
                           std::to_string(o->min_population) + " --casing-min-count " +
                           std::to_string(o->casing_min_count) + " --prune " + prune +
                           (o->no_pos ? " --no-pos" : "") + (o->no_norp ? " --no-norp" : "") +
                           (o->no_cues ? std::string(" --no-cues")
                                       : " --cue-min-names " + std::to_string(o->cue_min_names)));
        char scores[96];
        std::snprintf(scores, sizeof scores, "F1 %.2f P %.2f R %.2f (UNER EWT dev)",
                      100 * dev.overall.f1(), 100 * dev.overall.precision(),
                      100 * dev.overall.recall());
        meta.emplace_back("dev", scores);
        const std::string out = OutputPath(*o, "ner");
        Status saved = ner->Save(out, meta);
        if (!saved.ok()) {
          std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
          return kExitOutput;
        }
        if (!o->quiet) {
          std::fprintf(stderr, "wrote %s (%s, %zu features, %zu weights, %zu gazetteer names)\n",
                       out.c_str(), scores, ner->num_features(), ner->num_weights(),
                       ner->num_gazetteer_names());
        }
        return kExitOk;
      }};
}

}  // namespace

Command AddTrainCommand(CLI::App& app) {
  auto* train = app.add_subcommand(
      "train", "Rebuild an NLP model from its training data (same command, same bytes)");
  train->require_subcommand(1);
  std::vector<TrainTarget> targets = {
      AddTrainTagger(train),
      AddTrainParser(train),
      AddTrainNer(train),
  };
  return [targets] {
    for (const auto& [sub, run] : targets) {
      if (sub->parsed()) return run();
    }
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
