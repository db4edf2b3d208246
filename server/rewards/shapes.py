"""What the API shows of a redemption: the same shape to its advocate, to admins and live."""

from server.models import Redemption


def redemption_out(redemption: Redemption) -> dict:
    reward = redemption.reward
    return {
        "id": redemption.id,
        "reward": {
            "id": reward.id,
            "title": reward.title,
            "image_url": reward.image_url,
            "charity": reward.charity,
        },
        "cost": redemption.cost,
        "status": redemption.status,
        "reason": redemption.reason,
        "note": redemption.note,
        "requested_at": redemption.requested_at,
        "status_changed_at": redemption.status_changed_at,
    }
