"""An installation as a whole: ``intake doctor`` checks one, ``intake demo`` makes one."""
