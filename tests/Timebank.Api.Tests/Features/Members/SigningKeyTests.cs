using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Members;

public sealed class SigningKeyTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public async Task Without_a_configured_key_one_is_generated_in_the_data_folder_readable_only_by_its_owner()
    {
        await api.SignUpAsync();

        var path = Path.Combine(api.DataDirectory, "keys", "token-signing.key");
        Assert.True(File.Exists(path));
        Assert.True(Convert.FromBase64String(File.ReadAllText(path).Trim()).Length >= 32);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_repository_ignores_the_data_folder_so_no_key_is_ever_committed()
    {
        var ignore = File.ReadAllLines(Path.Combine(Operations.RepositoryRoot, ".gitignore"));

        Assert.Contains("data/", ignore);
    }
}
