using ChatBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddChatBot();

var app = builder.Build();

app.MapChatBot();

await app.RunAsync();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
