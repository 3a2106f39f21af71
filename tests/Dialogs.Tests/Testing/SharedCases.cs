using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>
/// Loads the real channel payloads in ../shared/cases (beside the repository). Service URLs are rewritten
/// to loopback before anything sees them: public channel hosts are never contacted.
/// </summary>
public static class SharedCases
{
    public static IReadOnlyList<Activity> LoadBug(string id)
    {
        var path = Path.Combine(FindSharedFolder(), "cases", "bugs", $"{id}.json");
        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None,
            MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
        };
        var activities = JsonConvert.DeserializeObject<List<Activity>>(File.ReadAllText(path), settings)!;
        foreach (var activity in activities)
        {
            activity.ServiceUrl = "http://127.0.0.1:1/";
        }

        return activities;
    }

    public static JToken LoadJson(params string[] relativePath) =>
        JToken.Parse(File.ReadAllText(Path.Combine([FindSharedFolder(), .. relativePath])));

    private static string FindSharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.Bot.sln")))
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "..", "shared"), "/work/shared" })
                {
                    if (Directory.Exists(Path.Combine(candidate, "cases")))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        throw new InvalidOperationException(
            "The shared cases folder was not found: put the project's shared/ folder beside the repository " +
            "(../shared/cases/bugs).");
    }
}
