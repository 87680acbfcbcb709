using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Members;

public sealed class SignedInPayloadType : PayloadType<SignedIn>
{
    public SignedInPayloadType()
        : base("SignedInPayload")
    {
        Description = "The member and a bearer token to send as 'Authorization: Bearer <token>'.";
        Result<MemberType>("member", r => r.Member);
        Result<StringGraphType>("token", r => r.Token.Token);
        Result<InstantGraphType>("expiresAt", r => r.Token.ExpiresAt);
    }
}

public sealed class LoginMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SignedInPayloadType>>("signUp")
            .Description("Creates an account with email and password and signs it in. For an email that already has an account it names no "
                + "error: that account's own password signs its owner in; any other creates nothing, answers with no token (sign in instead) "
                + "and leaves the account's owner a notice. Attempts count with signIn's, per email and per client address.")
            .Argument<NonNullGraphType<SignUpInputType>>("input")
            .ResolveAsync(async context =>
            {
                var answer = await Mutations.RunAsync(context,
                    () => context.Service<LoginService>().SignUpAsync(context.Input<SignUpInput>(), context.CancellationToken));
                return new Payload<SignedIn>(answer.Result?.SignedIn, answer.Errors);
            });

        mutation.Field<NonNullGraphType<SignedInPayloadType>>("signIn")
            .Description("Exchanges email and password for a bearer token. Attempts are rate limited per account and per client address.")
            .Argument<NonNullGraphType<SignInInputType>>("input")
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<LoginService>().SignInAsync(context.Input<SignInInput>(), context.CancellationToken)));
    }
}
