#include "shapeguard/catalog.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>

#include "closest_name.h"
#include "compiler.h"
#include "embedded.h"
#include "file_io.h"
#include "model.h"
#include "model_json.h"
#include "overlay.h"
#include "program.h"

namespace shapeguard {

using internal::CompileService;
using internal::Overlay;
using internal::Program;
using internal::ServiceModel;

namespace {

// Where a service's model text comes from: embedded or given text, or a file read on first
// use.
struct ServiceEntry {
  std::string text;
  std::string path;  // a file to read when text is empty
  // An embedded model, parsed in place and converted as used (see ServiceModel); gzip
  // data when builtin_gzip, inflated on first use.
  std::string_view builtin_text;
  bool builtin_gzip = false;
  std::string origin;
  std::shared_ptr<const ServiceModel> model;
  std::shared_ptr<const Program> program;  // every operation
  // The first operation asked for, compiled alone: a one-off check (the CLI validating a
  // document) pays for one operation, not the service; a second operation compiles it all.
  std::string single_operation;
  std::shared_ptr<const Program> single_program;
  // Operation views handed out, by operation name: one object per operation.
  std::map<std::string, std::shared_ptr<const Operation>, std::less<>> views;
};

// "models/ec2/2016-11-15/service-2.json.gz" -> its four parts. Not std::filesystem::path:
// splitting some 430 embedded paths that way was a tenth of a one-document run.
std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t slash = std::min(path.find('/', start), path.size());
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

// "unknown operation ..." with the nearest name, if one is close, and where to see them all.
std::string UnknownOperation(std::string_view wanted, const std::string& service,
                             const std::vector<std::string>& operations) {
  return "unknown operation \"" + std::string(wanted) + "\" in " + service + " (" +
         internal::DidYouMean(wanted, operations) + "`shapeguard list " + service + "` shows the " +
         std::to_string(operations.size()) + " it has)";
}

}  // namespace

struct Catalog::Impl {
  mutable std::mutex mutex;
  std::map<std::string, ServiceEntry, std::less<>> services;
  std::map<std::string, std::vector<std::shared_ptr<const Overlay>>, std::less<>> overlays;
  // The built-in models' manifest.json, read on first need: start-up does not parse it.
  std::string_view manifest_text;
  std::optional<nlohmann::json> manifest;
  // Services' other names (the manifest's "aliases", and those of added services), folded:
  // alias -> services.
  std::map<std::string, std::vector<std::string>, std::less<>> aliases;
  bool added_aliases_read = false;  // services added since are read on the next miss

  // The manifest, parsed on first use (an empty object when there is none). Caller holds
  // mutex.
  const nlohmann::json& Manifest() {
    if (!manifest) {
      manifest = internal::ParseModelJson(manifest_text);
      if (!manifest->is_object()) manifest = nlohmann::json::object();
      ReadAliases(*manifest);
    }
    return *manifest;
  }

  // The parsed model of a service (reading and parsing it on first use). Caller holds mutex.
  Result<std::shared_ptr<const ServiceModel>> Model(std::string_view service) {
    auto it = services.find(service);
    if (it == services.end()) return Status::Error(UnknownService(service));
    ServiceEntry& entry = it->second;
    if (entry.model) return entry.model;
    auto model = ParseEntry(it->first, entry);
    if (!model.ok()) return model.status();
    entry.model = std::move(model).value();
    entry.text.clear();
    entry.text.shrink_to_fit();
    return entry.model;
  }

  static Result<std::shared_ptr<const ServiceModel>> ParseEntry(const std::string& service,
                                                                const ServiceEntry& entry) {
    if (entry.builtin_gzip) {
      // Parsed in place, as embedded text is: the padding follows it.
      auto text = internal::Gunzip(entry.builtin_text, entry.origin, internal::kEmbeddedPadding);
      if (!text.ok()) return text.status();
      return internal::ParseBuiltinServiceModel(service, text.value(), entry.origin);
    }
    if (!entry.builtin_text.empty()) {
      return internal::ParseBuiltinServiceModel(service, entry.builtin_text, entry.origin);
    }
    if (!entry.text.empty()) return internal::ParseServiceModel(service, entry.text, entry.origin);
    bool gz = entry.path.size() > 3 && entry.path.ends_with(".gz");
    auto read = gz ? internal::ReadGzipFile(entry.path) : internal::ReadFile(entry.path);
    if (!read.ok()) return read.status();
    return internal::ParseServiceModel(service, read.value(), entry.origin);
  }

  // The compiled program of a service (compiling it on first use). Caller holds mutex.
  Result<std::shared_ptr<const Program>> Compiled(std::string_view service) {
    auto model = Model(service);
    if (!model.ok()) return model.status();
    ServiceEntry& entry = services.find(service)->second;
    if (entry.program) return entry.program;
    auto program = CompileService(model.value(), OverlaysOf(service));
    if (!program.ok()) return program.status();
    entry.program = program.value();
    return entry.program;
  }

  // A program that holds `operation` of `service`: the service's, or the operation's alone
  // when it is the first one asked for. Caller holds mutex.
  Result<std::shared_ptr<const Program>> CompiledFor(const std::string& service,
                                                     const std::string& operation) {
    auto model = Model(service);
    if (!model.ok()) return model.status();
    ServiceEntry& entry = services.find(service)->second;
    if (entry.program) return entry.program;
    if (entry.single_program && entry.single_operation == operation) return entry.single_program;
    if (entry.single_program) return Compiled(service);
    auto program = internal::CompileOperation(model.value(), OverlaysOf(service), operation);
    if (!program.ok()) return program.status();
    entry.single_operation = operation;
    entry.single_program = program.value();
    return entry.single_program;
  }

  // The compiled slots of an operation of `name.service`, with the program that holds them.
  // Caller holds mutex.
  Result<std::pair<std::shared_ptr<const Program>, const internal::OperationSlots*>> SlotsOf(
      const OperationName& name) {
    auto model = Model(name.service);
    if (!model.ok()) return model.status();
    if (!model.value()->FindOperation(name.operation)) {
      return Status::Error(
          UnknownOperation(name.operation, name.service, model.value()->OperationNames()));
    }
    auto program = CompiledFor(name.service, name.operation);
    if (!program.ok()) return program.status();
    const internal::OperationSlots& slots =
        program.value()->operations.find(name.operation)->second;
    return std::make_pair(program.value(), &slots);
  }

  std::vector<const Overlay*> OverlaysOf(std::string_view service) const {
    std::vector<const Overlay*> rules;
    if (auto it = overlays.find(service); it != overlays.end()) {
      for (const auto& overlay : it->second) rules.push_back(overlay.get());
    }
    return rules;
  }

  void AddAlias(const std::string& alias, const std::string& service) {
    std::vector<std::string>& named = aliases[internal::FoldName(alias)];
    if (std::find(named.begin(), named.end(), service) == named.end()) named.push_back(service);
  }

  // Records the "aliases" of each service of the manifest.
  void ReadAliases(const nlohmann::json& manifest) {
    if (!manifest.is_object() || !manifest.contains("services")) return;
    for (const auto& [service, info] : manifest["services"].items()) {
      if (!info.is_object() || !info.contains("aliases")) continue;
      for (const auto& alias : info["aliases"]) {
        if (alias.is_string()) AddAlias(alias.get<std::string>(), service);
      }
    }
  }

  // The other names of services added at run time (--models, AddModel), from their models'
  // metadata: read, parsing those models, only when a name is neither a service nor a
  // built-in alias. Caller holds mutex.
  void ReadAddedAliases() {
    if (added_aliases_read) return;
    added_aliases_read = true;
    for (const auto& [name, entry] : services) {
      if (!entry.builtin_text.empty()) continue;
      auto model = Model(name);
      if (!model.ok()) continue;
      for (const char* key : {"serviceId", "signingName", "endpointPrefix"}) {
        std::string alias = model.value()->MetadataString(key);
        if (!alias.empty() && alias != name) AddAlias(alias, name);
      }
    }
  }

  // ResolveService. Caller holds mutex.
  Result<std::string> CanonicalService(std::string_view service) {
    if (services.count(service)) return std::string(service);
    std::string folded = internal::FoldName(service);
    for (const auto& [name, entry] : services) {
      if (internal::FoldName(name) == folded) return name;
    }
    Manifest();  // reads the aliases
    auto alias = aliases.find(folded);
    if (alias == aliases.end()) {
      ReadAddedAliases();
      alias = aliases.find(folded);
    }
    if (alias == aliases.end()) return Status::Error(UnknownService(service));
    if (alias->second.size() == 1) return alias->second[0];
    // Appended piece by piece: g++ 12 at -O3 wrongly warns (-Wstringop-overflow) on
    // "literal" + std::string(...).
    std::string message = std::string("\"").append(service).append("\" names ");
    for (std::size_t i = 0; i < alias->second.size(); ++i) {
      message.append(i ? " and " : "").append(alias->second[i]);
    }
    return Status::Error(message.append(": write the service's botocore name"));
  }

  // Summary of a known service. Caller holds mutex.
  Result<ServiceSummary> SummaryOf(const std::string& service) {
    const ServiceEntry& entry = services.find(service)->second;
    ServiceSummary summary;
    summary.name = service;
    const nlohmann::json& manifest = Manifest();
    const nlohmann::json* listed = nullptr;
    if (auto all = manifest.find("services"); all != manifest.end() && all->is_object()) {
      if (auto it = all->find(service); it != all->end() && it->is_object()) listed = &*it;
    }
    if (auto seeded = manifest.find("seeded"); seeded != manifest.end() && seeded->is_array()) {
      summary.seeded = std::find(seeded->begin(), seeded->end(), service) != seeded->end();
    }
    if (!entry.builtin_text.empty() && listed) {
      summary.origin = "built-in";
      summary.api_version = listed->value("version", "");
      summary.protocol = listed->value("protocol", "");
      summary.signing_name = listed->value("signing_name", "");
      summary.operations = listed->value("operations", std::size_t{0});
      summary.aliases = listed->value("aliases", std::vector<std::string>{});
      return summary;
    }
    auto model = Model(service);
    if (!model.ok()) return model.status();
    summary.origin = entry.builtin_text.empty() ? entry.origin : "built-in";
    summary.api_version = model.value()->api_version();
    summary.protocol = model.value()->MetadataString("protocol");
    summary.signing_name = model.value()->MetadataString("signingName");
    if (summary.signing_name.empty()) {
      summary.signing_name = model.value()->MetadataString("endpointPrefix");
    }
    summary.operations = model.value()->OperationNames().size();
    return summary;
  }

  std::string UnknownService(std::string_view service) const {
    std::vector<std::string> names;
    std::string known;
    for (const auto& [name, entry] : services) {
      names.push_back(name);
      if (services.size() <= 12) known += (known.empty() ? "" : ", ") + name;
    }
    std::string hint = internal::DidYouMean(service, names);
    if (!known.empty()) hint += "known: " + known;
    if (!hint.empty() && hint.back() == ' ') hint.pop_back();
    return "unknown service \"" + std::string(service) + "\"" +
           (hint.empty() ? "" : " (" + hint + ")");
  }
};

Catalog::Catalog() : impl_(std::make_unique<Impl>()) {}
Catalog::~Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;

Result<Catalog> Catalog::Builtin() {
  Catalog catalog;
  for (const internal::EmbeddedFile& file : internal::EmbeddedFiles()) {
    std::vector<std::string_view> parts = SplitPath(file.path);
    if (parts.size() == 4 && parts[0] == "models" &&
        (parts[3] == "service-2.json" || parts[3] == "service-2.json.gz")) {
      ServiceEntry entry;
      entry.builtin_text = file.text;
      entry.builtin_gzip = parts[3].ends_with(".gz");
      entry.origin = "built-in model " + std::string(file.path);
      catalog.impl_->services.insert_or_assign(std::string(parts[1]), std::move(entry));
    } else if (parts.size() == 2 && parts[0] == "overlays") {
      Status s = catalog.AddOverlay(file.text, "built-in " + std::string(file.path));
      if (!s.ok()) return s;
    } else if (file.path == "models/manifest.json") {
      catalog.impl_->manifest_text = file.text;
    }
  }
  return catalog;
}

Status Catalog::AddModel(std::string service, std::string_view json_text, std::string origin) {
  std::lock_guard lock(impl_->mutex);
  ServiceEntry entry;
  entry.text = std::string(json_text);
  entry.origin = origin.empty() ? "model " + service : std::move(origin);
  impl_->services.insert_or_assign(std::move(service), std::move(entry));
  impl_->added_aliases_read = false;
  return Status();
}

Status Catalog::AddModelsDirectory(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Status::Error(directory + ": not a directory (expected a botocore data directory)");
  }
  std::size_t added = 0;
  std::lock_guard lock(impl_->mutex);
  for (const auto& service_dir : fs::directory_iterator(directory, ec)) {
    if (!service_dir.is_directory()) continue;
    std::vector<fs::path> versions;
    for (const auto& version_dir : fs::directory_iterator(service_dir.path(), ec)) {
      if (version_dir.is_directory()) versions.push_back(version_dir.path());
    }
    // API versions are dates (YYYY-MM-DD): the newest sorts last.
    std::sort(versions.rbegin(), versions.rend());
    for (const fs::path& version : versions) {
      fs::path file = version / "service-2.json";
      if (!fs::exists(file)) file += ".gz";
      if (!fs::exists(file)) continue;
      ServiceEntry entry;
      entry.path = file.string();
      entry.origin = file.string();
      impl_->services.insert_or_assign(service_dir.path().filename().string(), std::move(entry));
      ++added;
      break;
    }
  }
  impl_->added_aliases_read = false;
  if (ec) return Status::Error(directory + ": " + ec.message());
  if (added == 0) {
    return Status::Error(directory + ": no <service>/<version>/service-2.json[.gz] found");
  }
  return Status();
}

Status Catalog::AddOverlay(std::string_view json_text, std::string origin) {
  auto overlay = internal::ParseOverlay(json_text, std::move(origin));
  if (!overlay.ok()) return overlay.status();
  std::lock_guard lock(impl_->mutex);
  std::string service = overlay.value().service;
  impl_->overlays[service].push_back(std::make_shared<const Overlay>(std::move(overlay).value()));
  if (auto it = impl_->services.find(service); it != impl_->services.end()) {
    it->second.program.reset();  // recompiled with the new rules on next use
    it->second.single_program.reset();
    it->second.views.clear();
  }
  return Status();
}

std::vector<std::string> Catalog::Services() const {
  std::lock_guard lock(impl_->mutex);
  std::vector<std::string> names;
  for (const auto& [name, entry] : impl_->services) names.push_back(name);
  return names;
}

Result<std::string> Catalog::ResolveService(std::string_view service) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->CanonicalService(service);
}

Result<std::vector<std::string>> Catalog::Operations(std::string_view service) const {
  std::lock_guard lock(impl_->mutex);
  auto canonical = impl_->CanonicalService(service);
  if (!canonical.ok()) return canonical.status();
  auto model = impl_->Model(canonical.value());
  if (!model.ok()) return model.status();
  return model.value()->OperationNames();
}

Result<OperationName> Catalog::Resolve(std::string_view name) const {
  auto dot = name.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == name.size()) {
    // Appended rather than "\"" + std::string(name): g++ 12 at -O3 wrongly warns
    // (-Wstringop-overflow) that the latter copies more than any object can hold.
    return Status::Error(std::string("\"").append(name) +
                         "\": name an operation as SERVICE.Operation, e.g. "
                         "apigatewayv2.CreateStage");
  }
  auto resolved = ResolveService(name.substr(0, dot));
  if (!resolved.ok()) return resolved.status();
  const std::string& service = resolved.value();
  std::string_view wanted = name.substr(dot + 1);
  auto operations = Operations(service);
  if (!operations.ok()) return operations.status();
  // The model's own name first: the names are sorted, and folding ec2's 760 to compare
  // them was a noticeable part of a one-document run.
  const std::vector<std::string>& names = operations.value();
  if (std::binary_search(names.begin(), names.end(), wanted)) {
    return OperationName{service, std::string(wanted)};
  }
  std::string folded = internal::FoldName(wanted);
  std::vector<std::string> matches;
  for (const std::string& op : names) {
    if (internal::FoldName(op) == folded) matches.push_back(op);
  }
  if (matches.size() == 1) return OperationName{service, matches[0]};
  if (matches.size() > 1) {
    return Status::Error("\"" + std::string(name) + "\" is ambiguous in " + service);
  }
  return Status::Error(UnknownOperation(wanted, service, operations.value()));
}

Result<std::shared_ptr<const Schema>> Catalog::GetSchema(const OperationName& name,
                                                         Direction direction) const {
  std::lock_guard lock(impl_->mutex);
  auto slots = impl_->SlotsOf(name);
  if (!slots.ok()) return slots.status();
  const auto& [program, operation] = slots.value();
  const internal::Slot* root =
      direction == Direction::kInput ? &operation->input : &operation->output;
  return std::make_shared<const Schema>(program, root, name.service, name.operation, direction);
}

Result<std::shared_ptr<const Schema>> Catalog::GetSchema(std::string_view name,
                                                         Direction direction) const {
  auto resolved = Resolve(name);
  if (!resolved.ok()) return resolved.status();
  return GetSchema(resolved.value(), direction);
}

Result<std::shared_ptr<const Operation>> Catalog::GetOperation(const OperationName& name) const {
  std::lock_guard lock(impl_->mutex);
  if (auto entry = impl_->services.find(name.service); entry != impl_->services.end()) {
    auto view = entry->second.views.find(name.operation);
    if (view != entry->second.views.end()) return view->second;
  }
  auto slots = impl_->SlotsOf(name);
  if (!slots.ok()) return slots.status();
  auto view = std::make_shared<const Operation>(slots.value().first, slots.value().second);
  impl_->services.find(name.service)->second.views.emplace(name.operation, view);
  return std::shared_ptr<const Operation>(std::move(view));
}

Result<std::shared_ptr<const Operation>> Catalog::GetOperation(std::string_view name) const {
  auto resolved = Resolve(name);
  if (!resolved.ok()) return resolved.status();
  return GetOperation(resolved.value());
}

Result<std::vector<std::string>> Catalog::Warnings(std::string_view service) const {
  std::lock_guard lock(impl_->mutex);
  auto program = impl_->Compiled(service);
  if (!program.ok()) return program.status();
  return program.value()->warnings;
}

std::string Catalog::ModelsVersion() const {
  std::lock_guard lock(impl_->mutex);
  const nlohmann::json& manifest = impl_->Manifest();
  auto botocore = manifest.find("botocore");
  if (botocore == manifest.end() || !botocore->is_string()) return "";
  return "botocore " + botocore->get<std::string>();
}

std::vector<std::string> Catalog::SeededServices() const {
  std::lock_guard lock(impl_->mutex);
  std::vector<std::string> seeded;
  const nlohmann::json& manifest = impl_->Manifest();
  if (auto list = manifest.find("seeded"); list != manifest.end() && list->is_array()) {
    for (const auto& name : *list) {
      if (name.is_string() && impl_->services.count(name.get<std::string>())) {
        seeded.push_back(name.get<std::string>());
      }
    }
  }
  std::sort(seeded.begin(), seeded.end());
  return seeded;
}

Result<ServiceSummary> Catalog::Summary(std::string_view service) const {
  std::lock_guard lock(impl_->mutex);
  auto canonical = impl_->CanonicalService(service);
  if (!canonical.ok()) return canonical.status();
  return impl_->SummaryOf(canonical.value());
}

}  // namespace shapeguard
