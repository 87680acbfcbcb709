using System.Net;
using Timebank.Api.Tests.Features.Brokerage;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Web;

/// <summary>Peer brokerage on the web: the person asks, invites and chooses; the broker answers and logs; closing pays the broker once.</summary>
public sealed class BrokeragePagesTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static string Path(TestTimebank timebank, string rest = "") => $"/timebanks/{Uri.EscapeDataString(timebank.Id)}/brokerage{rest}";

    private static readonly Dictionary<string, string> Ask = new()
    {
        ["ForWhom"] = "me",
        ["WhatToArrange"] = "Find a personal assistant for mornings",
        ["Area"] = "CV1 3AB",
        ["Ineligible"] = "yes",
        ["AdultAtRisk"] = "no",
    };

    [Fact]
    public async Task A_person_asks_invites_and_chooses_the_broker_logs_a_session_and_closing_twice_pays_the_broker_once()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var broker = await api.BrokerAsync(timebank, "Priya Broker", skills: ["finding a PA"], livedExperience: "I employ my own PAs.");
        var person = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var priya = await WebBrowser.SignedInAsync(api, broker.Member);

        var brokerage = await person.GetAsync((await person.GetAsync($"/timebanks/{Uri.EscapeDataString(timebank.Id)}")).Link("Peer brokerage"));
        var asked = await person.SubmitAsync(await person.GetAsync(brokerage.Link("Ask for help to arrange support")), "Continue", Ask);
        Assert.Equal("Help to arrange support", asked.Heading);
        Assert.Contains("Your request is saved.", asked.Words, StringComparison.Ordinal);
        Assert.Contains("Area | CV1", asked.Rows);
        Assert.Contains("Priya Broker", asked.Words, StringComparison.Ordinal);
        Assert.Contains("Helps with: finding a PA", asked.Words, StringComparison.Ordinal);
        Assert.Contains("In their words: I employ my own PAs.", asked.Words, StringComparison.Ordinal);
        var invited = await person.SubmitAsync(asked, "Ask these brokers", new Dictionary<string, string> { ["BrokerProfileIds"] = broker.ProfileId });
        Assert.Contains("Asked Priya Broker.", invited.Words, StringComparison.Ordinal);
        Assert.Contains("Priya Broker Invited: not answered yet", invited.Words, StringComparison.Ordinal);

        var invitations = await priya.GetAsync(Path(timebank));
        Assert.Contains("Requests you are invited to", invitations.Words, StringComparison.Ordinal);
        var seen = await priya.GetAsync(invitations.Link("Find a personal assistant for mornings"));
        Assert.DoesNotContain("Brokers who can help", seen.Words, StringComparison.Ordinal);
        var accepted = await priya.SubmitAsync(seen, "Yes, I can help", new Dictionary<string, string> { ["Note"] = "Free on Tuesdays" });
        Assert.Contains("You said yes.", accepted.Words, StringComparison.Ordinal);

        var choosing = await person.GetAsync(invited.Url.AbsolutePath);
        Assert.Contains("Priya Broker Said yes: Free on Tuesdays", choosing.Words, StringComparison.Ordinal);
        var chosen = await person.SubmitAsync(choosing, "Choose this broker", new Dictionary<string, string> { ["brokerProfileId"] = broker.ProfileId });
        Assert.Contains("You chose Priya Broker.", chosen.Words, StringComparison.Ordinal);
        Assert.Contains("Broker chosen", chosen.Words, StringComparison.Ordinal);

        var today = DateOnly.ParseExact(api.Today(), "yyyy-MM-dd", null);
        var logged = await priya.SubmitAsync(await priya.GetAsync(chosen.Url.AbsolutePath), "Log session", new Dictionary<string, string>
        {
            ["Day"] = today.Day.ToString(null, null),
            ["Month"] = today.Month.ToString(null, null),
            ["Year"] = today.Year.ToString(null, null),
            ["Hours"] = "1",
            ["Minutes"] = "30",
            ["Note"] = "Wrote the advert",
        });
        Assert.Contains("Logged 1 hour 30 minutes.", logged.Words, StringComparison.Ordinal);

        var close = await person.GetAsync((await person.GetAsync(chosen.Url.AbsolutePath)).Link("Close the request"));
        Assert.Contains("Priya Broker logged 1 hour 30 minutes.", close.Words, StringComparison.Ordinal);
        var check = await person.SubmitAsync(close, "Continue", new Dictionary<string, string> { ["Outcome"] = "ARRANGED", ["Hours"] = "1", ["Minutes"] = "30" });
        Assert.Equal("Check your answers before closing the request", check.Heading);
        Assert.Contains("1 hour 30 minutes move to Priya Broker’s hours.", check.Words, StringComparison.Ordinal);
        var values = WebBrowser.FormValues(check.Form());
        var closed = await person.SubmitAsync(check, "Close the request");
        Assert.Contains("Closed. 1 hour 30 minutes moved to Priya Broker’s hours.", closed.Words, StringComparison.Ordinal);
        values.Add(new("handler", "Close"));
        await person.PostAsync(check.Url.AbsolutePath + "?handler=Close", values);

        Assert.Equal(90, await broker.Member.PostedAsync(timebank));
        Assert.Equal(-90, await timebank.Members[0].PostedAsync(timebank));
        Assert.Contains("Hours given | 1 hour 30 minutes", (await person.GetAsync(chosen.Url.AbsolutePath)).Rows);
    }

    [Fact]
    public async Task Giving_more_hours_than_were_logged_is_named_on_the_hours_and_moves_nothing()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var broker = await api.BrokerAsync(timebank, "Sam Broker");
        var request = await timebank.Members[0].ArrangedAsync(timebank, broker, api, 60);
        var person = await WebBrowser.SignedInAsync(api, timebank.Members[0]);

        var page = await person.SubmitAsync(await person.GetAsync(Path(timebank, $"/{Uri.EscapeDataString(request)}/close")), "Continue",
            new Dictionary<string, string> { ["Outcome"] = "ARRANGED", ["Hours"] = "2", ["Minutes"] = "0" });

        var (target, message) = Assert.Single(page.Errors);
        Assert.Equal("#hours", target);
        Assert.Equal("You can give at most the 1 hour the broker logged", message);
        Assert.Equal(0, await broker.Member.PostedAsync(timebank));
    }

    [Fact]
    public async Task Leaving_questions_out_names_each_one_and_asking_for_someone_needs_their_consent()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var person = await WebBrowser.SignedInAsync(api, timebank.Members[0]);

        var empty = await person.SubmitAsync(await person.GetAsync(Path(timebank, "/ask")), "Continue");
        Assert.Equal(["#forWhom", "#whatToArrange", "#area", "#ineligible", "#adultAtRisk"], empty.Errors.Select(e => e.Target));
        Assert.StartsWith("Error: ", empty.Title, StringComparison.Ordinal);

        var forSomeone = await person.SubmitAsync(empty, "Continue", new Dictionary<string, string>(Ask) { ["ForWhom"] = "someone" });
        Assert.Equal(["#forName", "#consentHow", "#consentGiven"], forSomeone.Errors.Select(e => e.Target));
        Assert.Contains("You have not asked for help yet.", (await person.GetAsync(Path(timebank))).Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_requests_people_may_read_are_there_and_only_brokers_have_a_profile_page()
    {
        var timebank = await api.TimebankAsync(members: 2);
        var broker = await api.BrokerAsync(timebank, "Kim Broker");
        var request = await timebank.Members[0].RequestAsync(timebank);
        var other = await WebBrowser.SignedInAsync(api, timebank.Members[1]);
        var outsider = await WebBrowser.SignedInAsync(api, await api.SignUpAsync("Outsider"));
        var uninvited = await WebBrowser.SignedInAsync(api, broker.Member);
        var requestPath = Path(timebank, $"/{Uri.EscapeDataString(request)}");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(requestPath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(requestPath + "/close")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await uninvited.GetAsync(requestPath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Path(timebank, "/profile"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Path(timebank))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(requestPath)).Status);
        Assert.DoesNotContain("Find a personal assistant", (await other.GetAsync(Path(timebank))).Words, StringComparison.Ordinal);
        Assert.Equal("/sign-in", (await WebBrowser.For(api).GetAsync(requestPath)).Url.AbsolutePath);

        var elsewhere = await api.TimebankAsync(members: 0);
        await timebank.Members[0].JoinApprovedAsync(elsewhere.Organisation, elsewhere.Coordinator);
        var person = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(requestPath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync(Path(elsewhere, $"/{Uri.EscapeDataString(request)}"))).Status);
    }

    [Fact]
    public async Task A_broker_edits_their_profile_and_a_break_takes_them_off_the_matching_list()
    {
        var timebank = await api.TimebankAsync(members: 1);
        var broker = await api.BrokerAsync(timebank, "Lee Broker");
        var lee = await WebBrowser.SignedInAsync(api, broker.Member);
        var person = await WebBrowser.SignedInAsync(api, timebank.Members[0]);
        var request = Path(timebank, $"/{Uri.EscapeDataString(await timebank.Members[0].RequestAsync(timebank))}");

        var form = await lee.GetAsync((await lee.GetAsync(Path(timebank))).Link("Your broker profile"));
        Assert.Equal("CV1", ((AngleSharp.Html.Dom.IHtmlInputElement)form.Document.QuerySelector("#areasServed")!).Value);
        var saved = await lee.SubmitAsync(form, "Save profile", new Dictionary<string, string> { ["Skills"] = "benefits, direct payments", ["Formats"] = "EASY_READ" });
        Assert.Contains("Your broker profile is saved.", saved.Words, StringComparison.Ordinal);
        Assert.Contains("Helps with: benefits, direct payments", (await person.GetAsync(request)).Words, StringComparison.Ordinal);
        Assert.Contains("Offers: Easy read", (await person.GetAsync(request)).Words, StringComparison.Ordinal);

        var noAreas = await lee.SubmitAsync(await lee.GetAsync(Path(timebank, "/profile")), "Save profile", new Dictionary<string, string> { ["AreasServed"] = " , " });
        Assert.Equal(["#areasServed"], noAreas.Errors.Select(e => e.Target));

        await lee.SubmitAsync(await lee.GetAsync(Path(timebank, "/profile")), "Save profile", new Dictionary<string, string> { ["TakingABreak"] = "true" });
        Assert.DoesNotContain("Lee Broker", (await person.GetAsync(request)).Words, StringComparison.Ordinal);
    }
}
