// Functions an .init_array variable names run before main, as constructors do (.preinit_array
// first, .init_array.N by N); .fini_array's after it, as destructors. A thread one of them
// starts runs beside main: what it writes unlocked races with main's own accesses. Before,
// such a function was never run, and "race-free" was said of a racy program. A thread the
// constructor itself joins is over before main begins. The attribute may come from a macro,
// the section's name in pieces (".init_" ".array"), or a prototype before the definition,
// as the compiler reads them.
#include <pthread.h>

#define INIT_HOOK __attribute__((section(".init_" "array"), used))

#define CTOR __attribute__((constructor))

static int early, settled, late, proto;
static pthread_t bg;

static void *ticker(void *arg)
{
    (void)arg;
    early++; // RACE (definite): main reads it while the ticker may run
    return NULL;
}

static void *setup(void *arg)
{
    (void)arg;
    settled = 1; // NORACE: joined inside the constructor
    return NULL;
}

static void start_ticker(void) { pthread_create(&bg, NULL, ticker, NULL); }

static void settle(void)
{
    pthread_t t;
    pthread_create(&t, NULL, setup, NULL);
    pthread_join(t, NULL);
}

static void stop_ticker(void) { pthread_join(bg, NULL); }

static void *poller(void *arg)
{
    (void)arg;
    late = 1; // RACE (definite): started by a hook spelled through a macro
    return NULL;
}

static void start_poller(void)
{
    pthread_t p;
    pthread_create(&p, NULL, poller, NULL);
    pthread_detach(p);
}

static void (*const run_poller)(void) INIT_HOOK = start_poller;

static void *proto_worker(void *arg)
{
    (void)arg;
    proto = 1; // RACE (definite): started by a constructor declared so on its prototype
    return NULL;
}

static void start_proto(void) CTOR;
static void start_proto(void)
{
    pthread_t p;
    pthread_create(&p, NULL, proto_worker, NULL);
    pthread_detach(p);
}

__attribute__((section(".init_array"), used)) static void (*const run_settle)(void) = settle;
__attribute__((section(".init_array.200"), used)) static void (*const run_ticker)(void) = start_ticker;
__attribute__((section(".fini_array"), used)) static void (*const run_stop)(void) = stop_ticker;

int main(void)
{
    int seen = early; // RACE (definite)
    seen += late; // RACE (definite)
    seen += proto; // RACE (definite)
    return seen + settled;
}
