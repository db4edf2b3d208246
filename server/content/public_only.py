"""Connections to public addresses only: the link preview must not let anyone make the server
read its own network (loopback, private ranges, a cloud's metadata service)."""

import ipaddress

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    private = ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
    return not (private or ip.is_reserved or ip.is_unspecified)


class PrivatePeer(Exception):
    """The connection reached a private address: the name's answer changed after it was checked."""


def _checked(connection_class):
    class Checked(connection_class):
        def _new_conn(self):
            sock = super()._new_conn()
            if not is_public(sock.getpeername()[0]):
                sock.close()
                raise PrivatePeer()
            return sock

    return Checked


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _checked(HTTPConnection)


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _checked(HTTPSConnection)


class PublicOnly(HTTPAdapter):
    """Checks the address each connection actually reached, so a name that answers with a public
    address for the check and a private one for the connection (DNS rebinding) gets nothing."""

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
