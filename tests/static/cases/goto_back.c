// Gotos back to a label above them make a loop: what ran from the label on runs again while
// the threads it started run, a thread started there may be started twice (two run at once),
// and a handle it overwrote is not joined by one join (round 18, session 12).
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x, y, z, w, u, locked;

static void *reader(void *p)
{
    (void)p;
    return (void *)(long)(x + y);
}

static void *bumper(void *p)
{
    (void)p;
    z++; // RACE: started twice by the goto back, both instances run at once
    int seen = u; // RACE: read while start_twice writes u after joining the second bumper only
    (void)seen;
    pthread_mutex_lock(&m);
    locked++; // NORACE: under m in every instance
    pthread_mutex_unlock(&m);
    return 0;
}

static void *late(void *p)
{
    (void)p;
    return (void *)(long)w;
}

static void set_y(void)
{
    y = 3; // RACE: the second pass calls this while reader runs
}

static void rerun_before_start(void)
{
    pthread_t t;
    int first = 1;
again:
    x = 2; // RACE: the goto back runs this again while reader runs
    set_y();
    if (first) {
        first = 0;
        pthread_create(&t, 0, reader, 0);
        goto again;
    }
    pthread_join(t, 0);
}

static void start_twice(void)
{
    pthread_t t;
    int n = 0;
retry:
    pthread_create(&t, 0, bumper, 0);
    if (++n < 2)
        goto retry;
    pthread_join(t, 0); /* joins the second only */
    u = 1; // RACE: the first bumper may still run, and it reads u
}

static void join_then_back(void)
{
    pthread_t t;
    int n = 0;
top:
    w = n; // NORACE: each pass joined its thread before going back
    pthread_create(&t, 0, late, 0);
    pthread_join(t, 0);
    if (++n < 3)
        goto top;
}

int main(void)
{
    rerun_before_start();
    start_twice();
    join_then_back();
    return 0;
}
