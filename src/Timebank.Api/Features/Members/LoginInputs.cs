using GraphQL.Types;

namespace Timebank.Api.Features.Members;

public sealed record SignUpInput(string Email, string DisplayName, string Password);

public sealed record SignInInput(string Email, string Password);

public sealed class SignUpInputType : InputObjectGraphType<SignUpInput>
{
    public SignUpInputType()
    {
        Name = "SignUpInput";
        Field(i => i.Email).Description("Used to sign in; seen only by you and by coordinators of organisations you join.");
        Field(i => i.DisplayName).Description("How other members see you.");
        Field(i => i.Password).Description("At least 10 characters.");
    }
}

public sealed class SignInInputType : InputObjectGraphType<SignInInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Field(i => i.Email);
        Field(i => i.Password);
    }
}
