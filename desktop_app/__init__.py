"""DocRoute (公文流转助手): registry and routing of official documents for a county government office."""
from desktop_app.identity import VERSION as __version__

__all__ = ["__version__"]
