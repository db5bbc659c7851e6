"""A child process's own peak memory, for the bounded-memory tests.

`ru_maxrss` is kept across fork and exec on Linux: a child started by a pytest process that has
grown to 300 MB reports at least 300 MB whatever it does. VmHWM belongs to the new address space,
so it measures only the child. PEAK_KIB is source text for the child scripts.
"""

PEAK_KIB = """
def peak_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
