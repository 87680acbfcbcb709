using GraphQL.Types;

namespace Timebank.Api.Features.Directory.Entries;

public sealed class ListLocalSupportInputType : InputObjectGraphType<ListLocalSupportInput>
{
    public ListLocalSupportInputType()
    {
        Name = "ListLocalSupportInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The group that runs it; you are one of its coordinators or managers.");
        Field<NonNullGraphType<LocalServiceInputType>>("service");
    }
}

public sealed class UpdateLocalSupportInputType : InputObjectGraphType<UpdateLocalSupportInput>
{
    public UpdateLocalSupportInputType()
    {
        Name = "UpdateLocalSupportInput";
        Field<NonNullGraphType<IdGraphType>>("localSupportId");
        Field<NonNullGraphType<LocalServiceInputType>>("service").Description("The whole entry as it should now read.");
    }
}

public sealed class ArchiveLocalSupportInputType : InputObjectGraphType<ArchiveLocalSupportInput>
{
    public ArchiveLocalSupportInputType()
    {
        Name = "ArchiveLocalSupportInput";
        Field<NonNullGraphType<IdGraphType>>("localSupportId");
    }
}

public sealed class ConfirmLocalSupportInputType : InputObjectGraphType<ConfirmLocalSupportInput>
{
    public ConfirmLocalSupportInputType()
    {
        Name = "ConfirmLocalSupportInput";
        Field<NonNullGraphType<IdGraphType>>("localSupportId");
        Field(i => i.AssurerEmail, nullable: true);
    }
}
