"""The studio: podcasts with chapters and captions, blind auditions and their ratings, vibes,
scripts narrated to files. Qt-free; imports app.core and app.audio only.
"""
