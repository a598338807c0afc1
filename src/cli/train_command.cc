// `corroborate train MODEL …`: rebuilds an NLP model from its training data, bit for bit
// reproducibly (fixed seeds, no timestamps or absolute paths in the file).
// One function per model registers `train MODEL` with its options and returns its runner; a
// new model adds its function here and one line in AddTrainCommand.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyze/segmentation_eval.h"
#include "cli/cluster_text.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nlp/brown_clustering.h"
#include "nlp/clusters.h"
#include "nlp/conllu.h"
#include "nlp/lexicon_build.h"
#include "nlp/model_file.h"
#include "nlp/model_paths.h"
#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/parser.h"
#include "nlp/parser_tags.h"
#include "nlp/place_names_build.h"
#include "nlp/sentence_model.h"
#include "nlp/tagger.h"
#include "nlp/training_data.h"
#include "reconcile/entities.h"  // NameKey: the key places.bin is looked up by

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

// A clusters file as the model's meta names it: the file name only (no absolute paths in a
// model), with the CRC-32 of its bytes so the exact table is known.
std::string ClustersName(const std::string& path) {
  Result<nlp::ModelFile> file = nlp::ModelFile::Load(path, nlp::kClustersKind);
  char crc[32] = "";
  if (file.ok()) {
    Result<std::string_view> table = file->Section("clusters");
    if (table.ok()) std::snprintf(crc, sizeof crc, " (crc32 %08x)", nlp::Crc32(*table));
  }
  return std::filesystem::path(path).filename().string() + crc;
}

// `train clusters`: Brown clusters of the normalised words of the unlabelled text in
// ../shared/data (cli/cluster_text.h), for the tagger's and recogniser's features.
TrainTarget AddTrainClusters(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "clusters", "Learn Brown word clusters from the unlabelled text in ../shared/data");
  struct ClusterCliOptions {
    std::string data, out;
    uint32_t clusters = 500, min_count = 2;
    bool quiet = false;
  };
  auto o = std::make_shared<ClusterCliOptions>();
  sub->add_option("--data", o->data,
                  "Data directory holding ud/, ner/, news-clustering/ and "
                  "article-extraction-benchmark/ (default: ../shared/data)");
  sub->add_option("--out", o->out,
                  "File to write (default: models/clusters.bin in the source tree)");
  sub->add_option("--clusters", o->clusters, "Number of clusters (C)")
      ->default_val(o->clusters)
      ->check(CLI::Range(2, 5000));
  sub->add_option("--min-count", o->min_count, "Cluster only words seen at least this often")
      ->default_val(o->min_count)
      ->check(CLI::Range(1, 1000));
  sub->add_flag("-q,--quiet", o->quiet, "No progress output");
  return {
      sub, [o] {
        Result<std::string> dir = nlp::FindDataDir(o->data, "");
        if (!dir.ok()) return Fail(dir.status());
        std::string data = *dir;
        while (data.size() > 1 && data.back() == '/') data.pop_back();
        const auto start = std::chrono::steady_clock::now();
        Result<ClusterText> text = ReadClusterText(data);
        if (!text.ok()) return Fail(text.status());
        size_t words = 0;
        for (const auto& s : text->sentences) words += s.size();
        if (!o->quiet) {
          std::fprintf(stderr, "read %zu sentences, %zu words\n", text->sentences.size(), words);
        }
        nlp::BrownOptions options;
        options.clusters = o->clusters;
        options.min_count = o->min_count;
        if (!o->quiet) {
          options.progress = [](size_t done, size_t all) {
            std::fprintf(stderr, "\rclustering: %zu / %zu words", done, all);
          };
        }
        const nlp::BrownClusters result = nlp::ClusterWords(text->sentences, options);
        if (!o->quiet) std::fprintf(stderr, "\n");
        if (result.words.empty()) return Fail(Status::InvalidInput("no words to cluster"));
        const nlp::WordClusters table = nlp::WordClusters::FromPaths(result.words, result.paths);
        std::vector<std::pair<std::string, std::string>> meta = text->provenance;
        meta.emplace_back("command", "corroborate train clusters --clusters " +
                                         std::to_string(o->clusters) + " --min-count " +
                                         std::to_string(o->min_count));
        meta.emplace_back("words", std::to_string(result.words.size()) + " words in " +
                                       std::to_string(result.num_clusters) + " clusters");
        std::string out = o->out;
        if (out.empty()) {
          Result<std::string> models = nlp::FindModelsDir();
          out = (models.ok() ? *models : std::string("models")) + "/clusters.bin";
        }
        Status saved = nlp::WriteFileAtomically(out, table.Serialize(meta));
        if (!saved.ok()) {
          std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
          return kExitOutput;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!o->quiet) {
          std::fprintf(stderr, "wrote %s (%zu words, %u clusters, %.0f s)\n", out.c_str(),
                       table.size(), result.num_clusters, seconds);
        }
        return kExitOk;
      }};
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
  auto clusters_path = std::make_shared<std::string>();
  sub->add_flag("--no-gum", *no_gum,
                "Train on EWT only (default adds GUM's openly licensed genres)");
  sub->add_flag("--two-pass", *two_pass,
                "Add a second pass that sees the first pass's tags to the right (slower)");
  sub->add_option("--clusters", *clusters_path,
                  "Word clusters (`train clusters` output) for cluster-prefix features");
  return {sub, [o, no_gum, two_pass, clusters_path] {
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
            std::optional<nlp::WordClusters> clusters;
            if (!clusters_path->empty()) {
              Result<nlp::WordClusters> loaded = nlp::WordClusters::LoadFile(*clusters_path);
              if (!loaded.ok()) return Fail(loaded.status());
              clusters.emplace(std::move(loaded).value());
              options.clusters = &*clusters;
            }
            Result<nlp::Tagger> tagger = nlp::Tagger::Train(data->train, data->dev, options);
            if (!tagger.ok()) return Fail(tagger.status());
            std::vector<std::pair<std::string, std::string>> meta = data->Describe();
            meta.emplace_back(
                "command", "corroborate train tagger --epochs " + std::to_string(o->epochs) +
                               " --seed " + std::to_string(o->seed) + (*no_gum ? " --no-gum" : "") +
                               (*two_pass ? " --two-pass" : "") +
                               (clusters ? " --clusters " + ClustersName(*clusters_path) : ""));
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
    std::string gazetteer, tagger, ud, clusters;
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
  sub->add_option("--clusters", o->clusters,
                  "Word clusters (`train clusters` output) for cluster-prefix features");
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
        if (!o->clusters.empty()) {
          Result<nlp::WordClusters> loaded = nlp::WordClusters::LoadFile(o->clusters);
          if (!loaded.ok()) return Fail(loaded.status());
          resources.clusters = std::move(loaded).value();
          resources.use_clusters = true;
        }
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
                           (o->clusters.empty() ? "" : " --clusters " + ClustersName(o->clusters)) +
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

// `train places`: the place-name table (nlp/place_names.h) from GeoNames and world-countries,
// keyed by reconcile's NameKey. No training as such: a filtered, hashed copy of the names.
TrainTarget AddTrainPlaces(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "places", "Build the place-name table (other names of towns and countries) from GeoNames");
  struct PlacesCliOptions {
    std::string data, out;
    uint32_t min_population = 10000, max_shared = 8;
    bool quiet = false;
  };
  auto o = std::make_shared<PlacesCliOptions>();
  sub->add_option("--data", o->data,
                  "Gazetteer data directory (default: ../shared/data/gazetteer)");
  sub->add_option("--out", o->out,
                  "Model file to write (default: models/places.bin in the source tree)");
  sub->add_option("--min-population", o->min_population,
                  "Places with at least this many people (capitals and seats always)")
      ->default_val(o->min_population);
  sub->add_option("--max-shared", o->max_shared,
                  "Leave out names shared by more than this many places")
      ->default_val(o->max_shared)
      ->check(CLI::Range(1, 1000));
  sub->add_flag("-q,--quiet", o->quiet, "No progress output");
  return {sub, [o] {
            Result<std::string> dir = nlp::FindDataDir(o->data, "gazetteer");
            if (!dir.ok()) return Fail(dir.status());
            nlp::PlaceNamesBuildOptions options;
            options.min_population = o->min_population;
            options.max_shared = o->max_shared;
            options.key = [](std::string_view name) { return NameKey(name); };
            std::vector<std::pair<std::string, std::string>> meta;
            Result<nlp::PlaceNames> table = nlp::BuildPlaceNames(*dir, options, &meta);
            if (!table.ok()) return Fail(table.status());
            meta.emplace_back("key", "reconcile NameKey");
            meta.emplace_back("command", "corroborate train places --min-population " +
                                             std::to_string(o->min_population) + " --max-shared " +
                                             std::to_string(o->max_shared));
            CommonTrainOptions common;
            common.out = o->out;
            const std::string out = OutputPath(common, "places");
            Status saved = table->Save(out, meta);
            if (!saved.ok()) {
              std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
              return kExitOutput;
            }
            if (!o->quiet) {
              std::fprintf(stderr, "wrote %s (%zu places, %zu names)\n", out.c_str(),
                           table->num_places(), table->num_names());
            }
            return kExitOk;
          }};
}

// `train lexicon`: the word-sense lexicon (nlp/lexicon.h) from WordNet 3.0 (Debian package
// wordnet-base). No training as such: each word's most frequent senses and related forms.
TrainTarget AddTrainLexicon(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "lexicon", "Build the word-sense lexicon (senses and related forms of words) from WordNet");
  struct LexiconCliOptions {
    std::string data = "/usr/share/wordnet", out;
    nlp::LexiconBuildOptions build;
    bool no_hypernyms = false, quiet = false;
  };
  auto o = std::make_shared<LexiconCliOptions>();
  sub->add_option("--data", o->data, "WordNet 3.0 database directory")->default_val(o->data);
  sub->add_option("--out", o->out,
                  "Model file to write (default: models/lexicon.bin in the source tree)");
  sub->add_option("--verb-senses", o->build.verb_senses, "Senses kept per verb")
      ->default_val(o->build.verb_senses)
      ->check(CLI::Range(1, 50));
  sub->add_option("--noun-senses", o->build.noun_senses, "Senses kept per noun")
      ->default_val(o->build.noun_senses)
      ->check(CLI::Range(1, 50));
  sub->add_option("--adj-senses", o->build.adj_senses, "Senses kept per adjective")
      ->default_val(o->build.adj_senses)
      ->check(CLI::Range(1, 50));
  sub->add_option("--min-share", o->build.min_share,
                  "Share of a word's tag count a sense after the first needs")
      ->default_val(o->build.min_share)
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--min-total", o->build.min_total,
                  "Tag count from which a word's rare senses are left out")
      ->default_val(o->build.min_total)
      ->check(CLI::Range(0, 1000000));
  sub->add_flag("--no-hypernyms", o->no_hypernyms,
                "Do not link each kept verb sense to its direct hypernym");
  sub->add_flag("-q,--quiet", o->quiet, "No progress output");
  return {sub, [o] {
            const auto start = std::chrono::steady_clock::now();
            o->build.verb_hypernyms = !o->no_hypernyms;
            std::vector<std::pair<std::string, std::string>> meta;
            Result<nlp::Lexicon> lexicon = nlp::BuildLexicon(o->data, o->build, &meta);
            if (!lexicon.ok()) return Fail(lexicon.status());
            const auto& b = o->build;
            char share[32];
            std::snprintf(share, sizeof share, "%g", b.min_share);
            meta.emplace_back("command", "corroborate train lexicon --verb-senses " +
                                             std::to_string(b.verb_senses) + " --noun-senses " +
                                             std::to_string(b.noun_senses) + " --adj-senses " +
                                             std::to_string(b.adj_senses) + " --min-share " +
                                             share + " --min-total " + std::to_string(b.min_total) +
                                             (b.verb_hypernyms ? "" : " --no-hypernyms"));
            CommonTrainOptions common;
            common.out = o->out;
            const std::string out = OutputPath(common, "lexicon");
            Status saved = lexicon->Save(out, meta);
            if (!saved.ok()) {
              std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
              return kExitOutput;
            }
            if (!o->quiet) {
              const double seconds =
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
              std::fprintf(stderr, "wrote %s (%zu words, %zu concepts) in %.1f s\n", out.c_str(),
                           lexicon->num_words(), lexicon->num_concepts(), seconds);
            }
            return kExitOk;
          }};
}

// `train sentences`: the sentence-boundary classifier on the raw text of UD English EWT train
// and GUM train (openly licensed genres), rebuilt as `eval sentences` rebuilds it; the epoch
// chosen by boundary F1 on EWT dev + GUM dev (the same genres).
TrainTarget AddTrainSentences(CLI::App* train) {
  auto* sub = train->add_subcommand(
      "sentences", "Train the sentence-boundary classifier on UD English EWT + GUM raw text");
  struct SentencesTrainCliOptions : CommonTrainOptions {
    double prune = 1.0;
    bool no_gum = false;
  };
  auto o = std::make_shared<SentencesTrainCliOptions>();
  AddCommonTrainOptions(sub, o.get(), 10,
                        "UD data directory holding UD_English-EWT/ and UD_English-GUM/ "
                        "(default: ../shared/data/ud)");
  sub->add_option("--prune", o->prune, "Drop averaged weights below this magnitude")
      ->default_val(o->prune)
      ->check(CLI::Range(0.0, 100.0));
  sub->add_flag("--no-gum", o->no_gum, "Train on EWT only");
  return {sub, [o] {
            Result<std::string> dir = nlp::FindDataDir(o->data, "ud");
            if (!dir.ok()) return Fail(dir.status());
            SentenceLineSet train_lines, dev;
            std::vector<std::pair<std::string, std::string>> meta;
            auto read = [&](const std::string& path, SentenceLineSet* out) {
              const bool gum = path.find("gum") != std::string::npos;
              const size_t before = out->documents;
              Status s = ReadSentenceLines(
                  path,
                  gum ? [](std::string_view id) { return nlp::GumDocumentIsShippable(id); }
                      : std::function<bool(std::string_view)>(),
                  out);
              if (s.ok()) {
                const std::string name = path.substr(path.find_last_of('/') + 1);
                meta.emplace_back(
                    "data", name + " (" + std::to_string(out->documents - before) + " documents)");
              }
              return s;
            };
            for (const char* split : {"train", "dev"}) {
              SentenceLineSet* out = std::string(split) == "train" ? &train_lines : &dev;
              if (Status s = read(nlp::EwtPath(*dir, split), out); !s.ok()) return Fail(s);
              if (!o->no_gum) {
                if (Status s = read(nlp::GumPath(*dir, split), out); !s.ok()) return Fail(s);
              }
            }
            nlp::SentenceTrainOptions options;
            options.epochs = o->epochs;
            options.seed = o->seed;
            options.quiet = o->quiet;
            options.prune_below = o->prune;
            Result<nlp::SentenceModel> model =
                nlp::SentenceModel::Train(train_lines.lines, dev.lines, options);
            if (!model.ok()) return Fail(model.status());
            const nlp::SentenceGapScores scores = nlp::EvaluateSentenceModel(*model, dev.lines);
            char prune[32];
            std::snprintf(prune, sizeof prune, "%g", o->prune);
            meta.emplace_back("command", "corroborate train sentences --epochs " +
                                             std::to_string(o->epochs) + " --seed " +
                                             std::to_string(o->seed) + " --prune " + prune +
                                             (o->no_gum ? " --no-gum" : ""));
            char dev_line[96];
            std::snprintf(dev_line, sizeof dev_line, "boundary F1 %.4f (EWT dev%s)", scores.f1(),
                          o->no_gum ? "" : " + GUM dev");
            meta.emplace_back("dev", dev_line);
            const std::string out = OutputPath(*o, "sentences");
            Status saved = model->Save(out, meta);
            if (!saved.ok()) {
              std::fprintf(stderr, "corroborate: %s\n", saved.message().c_str());
              return kExitOutput;
            }
            if (!o->quiet) {
              std::fprintf(stderr, "wrote %s (%s; %zu weights, %zu abbreviations)\n", out.c_str(),
                           dev_line, model->num_weights(), model->num_abbreviations());
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
      AddTrainTagger(train),   AddTrainParser(train),  AddTrainNer(train),
      AddTrainPlaces(train),   AddTrainLexicon(train), AddTrainSentences(train),
      AddTrainClusters(train),
  };
  return [targets] {
    for (const auto& [sub, run] : targets) {
      if (sub->parsed()) return run();
    }
    return kExitUsage;
  };
}

}  // namespace corroborate::cli
