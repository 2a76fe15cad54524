"""tallyapp: tallying the Mäjilis elections of Kazakhstan, from precinct protocols to seats."""

__version__ = "0.1.0"
