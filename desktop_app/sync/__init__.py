"""Offline work on a local replica (Y3–Y7), without Qt: a replica is a SQLite file holding what its user may
see; its queue of use-case operations goes up to the server, the server's changes come down.

replica.py makes a replica and keeps its state; pull.py brings the server's rows down; queue.py runs an
operation on the replica and queues it in the same transaction; push.py runs the queue on the server through
the same services, at most once each; sync.py joins them.
"""
