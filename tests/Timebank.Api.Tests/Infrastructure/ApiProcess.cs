using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// The built API (src/Timebank.Api's output folder) run as a process of its own on a free loopback port, as a node of
/// a deployment would run: its own data folder, the store given by configuration, Production settings.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _dataDirectory;

    private ApiProcess(Process process, Uri address, string dataDirectory)
    {
        _process = process;
        Address = address;
        _dataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the API with these configuration values (as environment variables, in the ASP.NET Core form).</summary>
    public static ApiProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var folder = OutputFolder();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "timebank-tests", $"{name}-{Guid.NewGuid():N}");
        // The SDK names the dotnet it runs the tests with; a plain "dotnet" from the PATH otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "Timebank.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Timebank__DataDirectory"] = dataDirectory;
        // Fewer PBKDF2 rounds keep sign-ups quick; the hash format and checks are the production ones.
        start.Environment["Timebank__Auth__PasswordHashIterations"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start };
        var node = new ApiProcess(process, address, dataDirectory);
        process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until /readyz answers; false when the process exited first or never became ready.</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                return false;
            try
            {
                using var response = await Http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        return false;
    }

    public bool HasExited => _process.HasExited;

    public GraphQLClient Client(string? token = null) => new(Http) { Token = token };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 200)
            _output.TryDequeue(out _);
    }

    /// <summary>src/Timebank.Api's build output for the configuration these tests were built in (bin/Release/net10.0 beside bin/Release/net10.0).</summary>
    private static string OutputFolder()
    {
        var tests = Path.Combine(Operations.RepositoryRoot, "tests", "Timebank.Api.Tests");
        var relative = Path.GetRelativePath(tests, AppContext.BaseDirectory);
        var folder = Path.GetFullPath(Path.Combine(Operations.RepositoryRoot, "src", "Timebank.Api", relative));
        return File.Exists(Path.Combine(folder, "Timebank.Api.dll"))
            ? folder
            : throw new InvalidOperationException($"The built API was not found in {folder}: build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
