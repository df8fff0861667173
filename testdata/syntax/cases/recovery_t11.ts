try { } catch (e: unknown { }
