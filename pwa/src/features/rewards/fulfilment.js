// Fulfilment's choices: the status filter, and what an admin can do with a
// redemption in each status (the server refuses anything else).
export const FILTERS = [
  { value: 'open', label: 'Open (requested, approved or sent)' },
  { value: 'requested', label: 'Requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'sent', label: 'Sent' },
  { value: 'received', label: 'Received' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'all', label: 'All' },
];

/** [{status, label}] the next steps for a redemption; 'rejected' asks for a reason. */
export function nextActions(status) {
  if (status === 'requested')
    return [
      { status: 'approved', label: 'Approve' },
      { status: 'rejected', label: 'Reject' },
    ];
  if (status === 'approved') return [{ status: 'sent', label: 'Mark sent' }];
  if (status === 'sent') return [{ status: 'received', label: 'Mark received' }];
  return [];
}
