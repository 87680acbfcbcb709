using System.Diagnostics;
using System.Globalization;

namespace Timebank.Bench.Load;

/// <summary>A figure: how many operations a second, and how long they took at the 50th, 95th and 99th percentile.</summary>
public sealed record Figure(string Name, int Clients, double Seconds, long Operations, long Errors, double P50, double P95, double P99)
{
    public double Rate => Operations / Seconds;

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-22} clients={Clients,-3} ops={Operations,-9} rate={Rate,9:F0}/s  p50={P50,7:F2}ms p95={P95,7:F2}ms p99={P99,7:F2}ms errors={Errors}");
}

/// <summary>
/// Runs one operation from many concurrent clients for a fixed time after a warm-up, and measures every call.
/// Each client has its own state (its member, its counter), made by <c>clientState</c>.
/// </summary>
public static class LoadRun
{
    public static async Task<Figure> RunAsync<TState>(
        string name,
        int clients,
        TimeSpan duration,
        TimeSpan warmup,
        Func<int, TState> clientState,
        Func<TState, long, Task<bool>> operation)
    {
        var states = Enumerable.Range(0, clients).Select(clientState).ToArray();
        var latencies = new List<long>[clients];
        var errors = new long[clients];
        var measuring = false;
        var stop = false;

        async Task ClientAsync(int client)
        {
            var mine = latencies[client] = new List<long>(1 << 16);
            long sequence = 0;
            while (!Volatile.Read(ref stop))
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(states[client], sequence++);
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or IOException)
                {
                    ok = false;
                }
                if (!Volatile.Read(ref measuring))
                    continue;
                mine.Add(Stopwatch.GetTimestamp() - started);
                if (!ok)
                    errors[client]++;
            }
        }

        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c))).ToArray();
        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed.TotalSeconds;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new Figure(name, clients, elapsed, all.Length - errors.Sum(), errors.Sum(), Percentile(0.50), Percentile(0.95), Percentile(0.99));
    }
}
