"""The Qt layer: shows and asks; never builds SQL, never blocks on long work."""
