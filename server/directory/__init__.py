"""Directory sync: a SCIM 2.0 endpoint (RFC 7643/7644) for Users and Groups, through which Entra ID
and Okta provision people and teams."""
