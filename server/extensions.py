"""Extension objects, created unbound so the app factory can bind them."""

from flask_compress import Compress
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.orm import DeclarativeBase

from server.addresses import remote_address_key
from server.openapi import AdvocacyApi


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=remote_address_key)  # hashed: never an address in storage or logs
compress = Compress()
api = AdvocacyApi()
