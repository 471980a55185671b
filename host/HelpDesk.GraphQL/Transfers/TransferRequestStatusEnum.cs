using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>GraphQL enum for <see cref="TransferRequestStatus"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class TransferRequestStatusEnum : EnumerationGraphType<TransferRequestStatus>
{
    public TransferRequestStatusEnum()
    {
        Name = "TransferRequestStatus";
        Description = "Where a warm transfer request stands: PENDING until the receiving side accepts (ACCEPTED) or declines or lets it time out (DECLINED).";
    }
}
