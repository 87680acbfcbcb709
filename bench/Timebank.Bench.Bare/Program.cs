// The bare endpoint every HTTP figure is measured against: same host, same Kestrel, no GraphQL and no database.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var reply = """{"data":{"ok":true}}"""u8.ToArray();
app.MapPost("/echo", async context =>
{
    // Read the body like the real endpoint must, then answer a fixed small JSON.
    var buffer = new byte[16 * 1024];
    while (await context.Request.Body.ReadAsync(buffer) > 0)
    {
    }
    context.Response.ContentType = "application/json";
    await context.Response.Body.WriteAsync(reply);
});
await app.RunAsync();
