using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as its own process, as a service manager, a container or a node of a deployment would start
/// it: from its build output (or a copy of it), in a working directory of the caller's choosing, configured only
/// through the environment, on a loopback port.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private string? _ownDataDirectory;

    private ApiProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        Http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Url { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public GraphQLClient Client(string? token = null) => new(Http) { Token = token };

    /// <summary>The API's build output for the configuration these tests were built in (the project reference builds it first).</summary>
    public static string BuildOutput
    {
        get
        {
            var configuration = typeof(ApiProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var framework = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Operations.RepositoryRoot, "src", "Timebank.Api", "bin", configuration, framework);
        }
    }

    /// <summary>Copies the build output (without any local data folder) into <paramref name="target"/>, like a deployment.</summary>
    public static void CopyBuildOutput(string target)
    {
        foreach (var file in Directory.EnumerateFiles(BuildOutput, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(BuildOutput, file);
            if (relative.StartsWith("data" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A node of a deployment: the build output in Production, on a free port, with a data folder of its own (removed
    /// when it is disposed) and these configuration values (keys in the <c>a:b</c> form).
    /// </summary>
    public static ApiProcess StartNode(string name, IReadOnlyDictionary<string, string> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "timebank-tests", $"{name}-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Timebank__DataDirectory"] = dataDirectory,
            // Fewer PBKDF2 rounds keep sign-ups quick; the hash format and checks are the production ones.
            ["Timebank__Auth__PasswordHashIterations"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var node = Start(BuildOutput, BuildOutput, $"http://127.0.0.1:{FreePort()}", environment);
        node._ownDataDirectory = dataDirectory;
        return node;
    }

    /// <summary>
    /// Runs one of the API's commands (<c>backup</c>, <c>restore</c>, …) as an operator would, in Production, with these
    /// configuration values (keys in the <c>a:b</c> form); its exit code and everything it wrote.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        await using var command = Start(BuildOutput, BuildOutput, $"http://127.0.0.1:{FreePort()}", environment, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await command._process.WaitForExitAsync(timeout.Token);
        return (command._process.ExitCode, command.Output);
    }

    /// <summary>Starts <c>dotnet Timebank.Api.dll</c> from <paramref name="appFolder"/> with none of the caller's ASP.NET or Timebank settings.</summary>
    public static ApiProcess Start(string appFolder, string workingDirectory, string url, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string>? arguments = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "Timebank.Api.dll"));
        foreach (var argument in arguments ?? [])
            start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(Inherited).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_URLS"] = url;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var api = new ApiProcess(process, url);
        process.OutputDataReceived += (_, line) => api.Append(line.Data);
        process.ErrorDataReceived += (_, line) => api.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>True once /readyz answers at <see cref="Url"/>; false when the process started listening elsewhere, ended, or ran out of patience.</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan? patience = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            var started = Output.Contains("Application started", StringComparison.Ordinal);
            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (started)
                return false;
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>Asks the process to shut down as a service manager would (SIGTERM), so every log line is written.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        if (OperatingSystem.IsWindows())
            _process.Kill(entireProcessTree: true);
        else
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await StopAsync();
        _process.Dispose();
        if (_ownDataDirectory is not null && Directory.Exists(_ownDataDirectory))
            Directory.Delete(_ownDataDirectory, recursive: true);
    }

    private static bool Inherited(string key)
        => key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("Timebank__", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
            || key is "DOTNET_ENVIRONMENT" or "DOTNET_URLS" or "DOTNET_CONTENTROOT";

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
