"""What a new password must be, with a message saying what to change."""

from marshmallow import ValidationError, fields

MIN_LENGTH, MAX_LENGTH = 10, 128
# Long enough to pass the length rule, and first in every guessing list.
COMMON = {
    "1234567890",
    "12345678910",
    "0123456789",
    "password123",
    "password1234",
    "qwertyuiop",
    "qwerty1234",
    "iloveyou123",
    "letmein123",
    "welcome123",
    "changeme123",
    "administrator",
    "passw0rd123",
    "abcdefghij",
}


def check_password(value: str) -> None:
    if len(value) < MIN_LENGTH:
        raise ValidationError(f"Use at least {MIN_LENGTH} characters.")
    if len(value) > MAX_LENGTH:
        raise ValidationError(f"Use at most {MAX_LENGTH} characters.")
    if len(set(value)) < 4:
        raise ValidationError("Use more than a few different characters.")
    if value.strip().lower() in COMMON:
        raise ValidationError("This password is one of the first that attackers try; choose another.")


def new_password_field() -> fields.String:
    return fields.String(
        required=True,
        load_only=True,
        validate=check_password,
        metadata={"description": f"{MIN_LENGTH} to {MAX_LENGTH} characters, not a common password"},
    )
