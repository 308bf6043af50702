// A once call orders its callback before whatever follows the call only for one once object:
// a named global no store resets. A local once_flag is a new one per call (the callback runs
// again), and a flag reset to ONCE_FLAG_INIT lets it run again too (round 22).
#include <threads.h>

static mtx_t m;
static once_flag global_once = ONCE_FLAG_INIT, reset_once = ONCE_FLAG_INIT;
static int good, local_cfg, reset_cfg, local_raw;

static void init_good(void)
{
    good = 1; // NORACE: every reader called call_once on the same flag first
}

static void init_local(void)
{
    mtx_lock(&m);
    local_cfg = 42; // RACE (possible): another thread's own flag runs it again
    mtx_unlock(&m);
}

static void init_raw(void)
{
    local_raw++; // RACE (possible): each thread's own flag is no lock between their runs
}

static void init_reset(void)
{
    mtx_lock(&m);
    reset_cfg = 7; // RACE (possible): main resets the flag, the next call runs it again
    mtx_unlock(&m);
}

struct state {
    int filled_once; /* a field whose name says once: no once object */
};

static int worker(void *arg)
{
    struct state *st = arg;
    st->filled_once = 1; // NORACE: each thread's own state
    call_once(&global_once, init_good);
    once_flag mine = ONCE_FLAG_INIT;
    call_once(&mine, init_local);
    once_flag own = ONCE_FLAG_INIT;
    call_once(&own, init_raw);
    call_once(&reset_once, init_reset);
    return good + local_cfg + reset_cfg;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&m, mtx_plain);
    struct state sa, sb;
    thrd_create(&a, worker, &sa);
    reset_once = (once_flag)ONCE_FLAG_INIT;
    thrd_create(&b, worker, &sb);
    thrd_join(a, 0);
    thrd_join(b, 0);
    return 0;
}
