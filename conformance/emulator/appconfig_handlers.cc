// appconfig: applications, environments, configuration profiles, deployment strategies,
// hosted configuration versions, deployments, extensions and extension associations.
// Resources are stored in the parameter form of their Get output.
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "emulator/operation_call.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

// ARNs name this region and account: the emulator has no others.
constexpr std::string_view kArnPrefix = "arn:aws:appconfig:us-east-1:123456789012:";
// AppConfig ids match [a-z0-9]{4,7} (the model).
constexpr std::size_t kIdLength = 7;

std::string ApplicationKey(const std::string& id) {
  return ResourceStore::Key({"appconfig", "applications", id});
}

// The key of a child resource; an empty kind puts it directly under the parent (the
// top-level collections: extensions, associations, strategies).
std::string ChildKey(const std::string& parent, std::string_view kind, const std::string& id) {
  return parent + "/" + (kind.empty() ? ResourceStore::Key({id}) : ResourceStore::Key({kind, id}));
}

std::string ExtensionsKey() { return ResourceStore::Key({"appconfig", "extensions"}); }
std::string AssociationsKey() { return ResourceStore::Key({"appconfig", "extensionassociations"}); }
std::string StrategiesKey() { return ResourceStore::Key({"appconfig", "deploymentstrategies"}); }

Answer ResourceNotFound(std::string_view kind, const std::string& id) {
  return NotFound(std::string(kind) + " " + id + " not found");
}

// Stores a new resource under `parent_key`/`kind` with a new Id; returns it.
json CreateChild(OperationCall& call, const std::string& parent_key, std::string_view kind,
                 json resource) {
  resource["Id"] = call.store.NewId(kIdLength);
  call.store.Put(ChildKey(parent_key, kind, resource["Id"].get<std::string>()), resource);
  return resource;
}

Answer CreateApplication(OperationCall& call) {
  json application = call.BodyMembers({"Tags"});
  application["Id"] = call.store.NewId(kIdLength);
  call.store.Put(ApplicationKey(application["Id"].get<std::string>()), application);
  return Answer::Ok(application);
}

Answer CreateEnvironment(OperationCall& call) {
  std::string app = call.Param("ApplicationId");
  if (!call.store.Find(ApplicationKey(app))) return ResourceNotFound("Application", app);
  json environment = call.BodyMembers({"Tags"});
  environment["State"] = "READY_FOR_DEPLOYMENT";
  return Answer::Ok(CreateChild(call, ApplicationKey(app), "environments", environment));
}

Answer CreateConfigurationProfile(OperationCall& call) {
  std::string app = call.Param("ApplicationId");
  if (!call.store.Find(ApplicationKey(app))) return ResourceNotFound("Application", app);
  json profile = call.BodyMembers({"Tags"});
  if (!profile.contains("Type")) profile["Type"] = "AWS.Freeform";
  return Answer::Ok(CreateChild(call, ApplicationKey(app), "configurationprofiles", profile));
}

Answer CreateDeploymentStrategy(OperationCall& call) {
  json strategy = call.BodyMembers({"Tags"});
  if (!strategy.contains("GrowthType")) strategy["GrowthType"] = "LINEAR";
  if (!strategy.contains("FinalBakeTimeInMinutes")) strategy["FinalBakeTimeInMinutes"] = 0;
  if (!strategy.contains("ReplicateTo")) strategy["ReplicateTo"] = "NONE";
  return Answer::Ok(CreateChild(call, StrategiesKey(), "", strategy));
}

std::string ProfileKey(const OperationCall& call) {
  return ChildKey(ApplicationKey(call.Param("ApplicationId")), "configurationprofiles",
                  call.Param("ConfigurationProfileId"));
}

Answer CreateHostedConfigurationVersion(OperationCall& call) {
  std::string app = call.Param("ApplicationId");
  if (!call.store.Find(ApplicationKey(app))) return ResourceNotFound("Application", app);
  if (!call.store.Find(ProfileKey(call))) {
    return ResourceNotFound("ConfigurationProfile", call.Param("ConfigurationProfileId"));
  }
  json version = call.BodyMembers({"LatestVersionNumber"});
  version["VersionNumber"] = call.store.NextNumber(ProfileKey(call));
  call.store.Put(ChildKey(ProfileKey(call), "versions", version["VersionNumber"].dump()), version);
  return Answer::Ok(version);
}

std::string EnvironmentKey(const OperationCall& call) {
  return ChildKey(ApplicationKey(call.Param("ApplicationId")), "environments",
                  call.Param("EnvironmentId"));
}

// The application and environment of a deployment request, or why they are not there.
std::optional<Answer> MissingParents(const OperationCall& call) {
  std::string app = call.Param("ApplicationId");
  if (!call.store.Find(ApplicationKey(app))) return ResourceNotFound("Application", app);
  if (!call.store.Find(EnvironmentKey(call))) {
    return ResourceNotFound("Environment", call.Param("EnvironmentId"));
  }
  return std::nullopt;
}

// A deployment is reported complete at once when its strategy takes no time, and as
// deploying otherwise (StopDeployment then rolls it back).
Answer StartDeployment(OperationCall& call) {
  if (auto missing = MissingParents(call)) return *missing;
  json* strategy =
      call.store.Find(ChildKey(StrategiesKey(), "", call.Param("DeploymentStrategyId")));
  if (!strategy) return ResourceNotFound("DeploymentStrategy", call.Param("DeploymentStrategyId"));
  json* profile = call.store.Find(ProfileKey(call));
  if (!profile) {
    return ResourceNotFound("ConfigurationProfile", call.Param("ConfigurationProfileId"));
  }
  // A hosted profile deploys one of its versions; other locations name theirs elsewhere.
  std::string version = call.Param("ConfigurationVersion");
  if (profile->value("LocationUri", "") == "hosted" &&
      !call.store.Find(ChildKey(ProfileKey(call), "versions", version))) {
    return ResourceNotFound("HostedConfigurationVersion", version);
  }
  json deployment = call.BodyMembers({"Tags", "DynamicExtensionParameters"});
  for (const char* member :
       {"DeploymentDurationInMinutes", "GrowthType", "GrowthFactor", "FinalBakeTimeInMinutes"}) {
    if (strategy->contains(member)) deployment[member] = (*strategy)[member];
  }
  deployment["ConfigurationName"] = (*profile)["Name"];
  deployment["ConfigurationLocationUri"] = (*profile)["LocationUri"];
  int number = call.store.NextNumber(EnvironmentKey(call));
  deployment["DeploymentNumber"] = number;
  bool instant = strategy->value("DeploymentDurationInMinutes", 0) == 0;
  deployment["State"] = instant ? "COMPLETE" : "DEPLOYING";
  // The model bounds PercentageComplete to 1..100, so a deployment that has not progressed
  // yet leaves it out rather than report 0.
  if (instant) deployment["PercentageComplete"] = 100.0;
  deployment["StartedAt"] = NowIso8601();
  if (instant) deployment["CompletedAt"] = deployment["StartedAt"];
  deployment["EventLog"] = json::array();
  call.store.Put(ChildKey(EnvironmentKey(call), "deployments", std::to_string(number)), deployment);
  return Answer::Ok(deployment);
}

json* FindDeployment(OperationCall& call) {
  auto number = call.params.find("DeploymentNumber");
  if (number == call.params.end() || !number->is_number_integer()) return nullptr;
  return call.store.Find(ChildKey(EnvironmentKey(call), "deployments", number->dump()));
}

Answer DeploymentNotFound(const OperationCall& call) {
  return ResourceNotFound("Deployment", call.params.value("DeploymentNumber", json()).dump());
}

Answer GetDeployment(OperationCall& call) {
  if (auto missing = MissingParents(call)) return *missing;
  json* deployment = FindDeployment(call);
  return deployment ? Answer::Ok(*deployment) : DeploymentNotFound(call);
}

Answer StopDeployment(OperationCall& call) {
  if (auto missing = MissingParents(call)) return *missing;
  json* deployment = FindDeployment(call);
  if (!deployment) return DeploymentNotFound(call);
  if ((*deployment)["State"] == "DEPLOYING") (*deployment)["State"] = "ROLLED_BACK";
  return Answer::Ok(*deployment);
}

// An extension named by its Id, Name or ARN (with or without the version suffix).
std::pair<std::string, json*> FindExtension(OperationCall& call, const std::string& identifier) {
  return call.store.FindChild(ExtensionsKey(), [&](const json& extension) {
    std::string arn = extension.value("Arn", "");
    return extension.value("Id", "") == identifier || extension.value("Name", "") == identifier ||
           arn == identifier || arn.substr(0, arn.rfind('/')) == identifier;
  });
}

Answer CreateExtension(OperationCall& call) {
  json extension = call.BodyMembers({"Tags", "LatestVersionNumber"});
  std::string id = call.store.NewId(kIdLength);
  extension["Id"] = id;
  extension["VersionNumber"] = 1;
  extension["Arn"] = std::string(kArnPrefix) + "extension/" + id + "/1";
  call.store.Put(ChildKey(ExtensionsKey(), "", id), extension);
  return Answer::Ok(extension);
}

Answer GetExtension(OperationCall& call) {
  auto [key, extension] = FindExtension(call, call.Param("ExtensionIdentifier"));
  return extension ? Answer::Ok(*extension)
                   : ResourceNotFound("Extension", call.Param("ExtensionIdentifier"));
}

Answer UpdateExtension(OperationCall& call) {
  auto [key, extension] = FindExtension(call, call.Param("ExtensionIdentifier"));
  if (!extension) return ResourceNotFound("Extension", call.Param("ExtensionIdentifier"));
  if (call.faults.Has(Fault::kIgnoreUpdate)) return Answer::Ok(*extension);
  for (const char* member : {"Description", "Actions", "Parameters"}) {
    if (call.params.contains(member)) (*extension)[member] = call.params[member];
  }
  return Answer::Ok(*extension);
}

Answer DeleteExtension(OperationCall& call) {
  std::string key = FindExtension(call, call.Param("ExtensionIdentifier")).first;
  if (!DeleteResource(call, key)) {
    return ResourceNotFound("Extension", call.Param("ExtensionIdentifier"));
  }
  return Answer::Ok(json::object());
}

json Summary(const json& resource, std::initializer_list<const char*> members) {
  json summary = json::object();
  for (const char* member : members) {
    if (resource.contains(member)) summary[member] = resource[member];
  }
  return summary;
}

Answer ListExtensions(OperationCall& call) {
  json items = json::array();
  std::string name = call.Param("Name");
  for (const json* extension : call.store.Children(ExtensionsKey())) {
    if (!name.empty() && extension->value("Name", "") != name) continue;
    items.push_back(Summary(*extension, {"Id", "Name", "VersionNumber", "Arn", "Description"}));
  }
  return Answer::Ok(json{{"Items", std::move(items)}});
}

// The ARN of the application, environment or configuration profile an identifier names
// (an ARN, or an application Id), or "" when there is no such resource.
std::string ResolveAssociatedResource(OperationCall& call, const std::string& identifier) {
  std::string path = identifier;
  if (identifier.rfind(kArnPrefix, 0) == 0) {
    path = identifier.substr(kArnPrefix.size());
  } else if (identifier.rfind("arn:", 0) == 0) {
    return "";
  } else {
    path = "application/" + identifier;
  }
  // application/A, application/A/environment/E, application/A/configurationprofile/P
  std::vector<std::string> parts;
  for (std::size_t start = 0, slash = 0; slash != std::string::npos; start = slash + 1) {
    slash = path.find('/', start);
    parts.push_back(path.substr(start, slash - start));
  }
  if (parts.size() < 2 || parts[0] != "application") return "";
  std::string key = ApplicationKey(parts[1]);
  if (parts.size() == 4 && (parts[2] == "environment" || parts[2] == "configurationprofile")) {
    key = ChildKey(key, parts[2] + "s", parts[3]);
  } else if (parts.size() != 2) {
    return "";
  }
  return call.store.Find(key) ? std::string(kArnPrefix) + path : "";
}

Answer CreateExtensionAssociation(OperationCall& call) {
  auto [extension_key, extension] = FindExtension(call, call.Param("ExtensionIdentifier"));
  if (!extension) return ResourceNotFound("Extension", call.Param("ExtensionIdentifier"));
  std::string resource_arn = ResolveAssociatedResource(call, call.Param("ResourceIdentifier"));
  if (resource_arn.empty()) return ResourceNotFound("Resource", call.Param("ResourceIdentifier"));
  json association = {{"ExtensionArn", (*extension)["Arn"]},
                      {"ResourceArn", resource_arn},
                      {"ExtensionVersionNumber",
                       call.params.value("ExtensionVersionNumber", (*extension)["VersionNumber"])}};
  if (call.params.contains("Parameters")) association["Parameters"] = call.params["Parameters"];
  std::string id = call.store.NewId(kIdLength);
  association["Id"] = id;
  association["Arn"] = std::string(kArnPrefix) + "extensionassociation/" + id;
  call.store.Put(ChildKey(AssociationsKey(), "", id), association);
  return Answer::Ok(association);
}

json* FindAssociation(OperationCall& call) {
  return call.store.Find(ChildKey(AssociationsKey(), "", call.Param("ExtensionAssociationId")));
}

Answer AssociationNotFound(const OperationCall& call) {
  return ResourceNotFound("ExtensionAssociation", call.Param("ExtensionAssociationId"));
}

Answer GetExtensionAssociation(OperationCall& call) {
  json* association = FindAssociation(call);
  return association ? Answer::Ok(*association) : AssociationNotFound(call);
}

Answer UpdateExtensionAssociation(OperationCall& call) {
  json* association = FindAssociation(call);
  if (!association) return AssociationNotFound(call);
  if (call.faults.Has(Fault::kIgnoreUpdate)) return Answer::Ok(*association);
  if (call.params.contains("Parameters")) (*association)["Parameters"] = call.params["Parameters"];
  return Answer::Ok(*association);
}

Answer DeleteExtensionAssociation(OperationCall& call) {
  return DeleteResource(call, ChildKey(AssociationsKey(), "", call.Param("ExtensionAssociationId")))
             ? Answer::Ok(json::object())
             : AssociationNotFound(call);
}

// Filters by resource and extension (each an identifier, compared with the ARNs the
// association holds after resolving it).
Answer ListExtensionAssociations(OperationCall& call) {
  std::string resource = call.Param("ResourceIdentifier");
  std::string resource_arn = resource.empty() ? "" : ResolveAssociatedResource(call, resource);
  std::string extension = call.Param("ExtensionIdentifier");
  std::string extension_arn;
  if (!extension.empty()) {
    auto [key, found] = FindExtension(call, extension);
    extension_arn = found ? found->value("Arn", "") : "";
  }
  json items = json::array();
  for (const json* association : call.store.Children(AssociationsKey())) {
    if (!resource.empty() && association->value("ResourceArn", "") != resource_arn) continue;
    if (!extension.empty() && association->value("ExtensionArn", "") != extension_arn) continue;
    items.push_back(Summary(*association, {"Id", "ExtensionArn", "ResourceArn"}));
  }
  return Answer::Ok(json{{"Items", std::move(items)}});
}

}  // namespace

const std::vector<HandlerEntry>& AppConfigHandlers() {
  static const std::vector<HandlerEntry> kHandlers = {
      {"appconfig.CreateApplication", CreateApplication},
      {"appconfig.CreateEnvironment", CreateEnvironment},
      {"appconfig.CreateConfigurationProfile", CreateConfigurationProfile},
      {"appconfig.CreateDeploymentStrategy", CreateDeploymentStrategy},
      {"appconfig.CreateHostedConfigurationVersion", CreateHostedConfigurationVersion},
      {"appconfig.StartDeployment", StartDeployment},
      {"appconfig.GetDeployment", GetDeployment},
      {"appconfig.StopDeployment", StopDeployment},
      {"appconfig.CreateExtension", CreateExtension},
      {"appconfig.GetExtension", GetExtension},
      {"appconfig.UpdateExtension", UpdateExtension},
      {"appconfig.DeleteExtension", DeleteExtension},
      {"appconfig.ListExtensions", ListExtensions},
      {"appconfig.CreateExtensionAssociation", CreateExtensionAssociation},
      {"appconfig.GetExtensionAssociation", GetExtensionAssociation},
      {"appconfig.UpdateExtensionAssociation", UpdateExtensionAssociation},
      {"appconfig.DeleteExtensionAssociation", DeleteExtensionAssociation},
      {"appconfig.ListExtensionAssociations", ListExtensionAssociations},
  };
  return kHandlers;
}

}  // namespace shapeguard::emulator
