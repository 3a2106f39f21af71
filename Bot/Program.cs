using ChatBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddChatBot();
builder.AddCommandLineVerbs(args);

var app = builder.Build();

app.MapChatBot();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.RunAsync();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
