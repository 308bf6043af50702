// A condition whose value is a constant still runs what it does before the branch it selects:
// (probe(), 1) calls probe, pthread_join(t, 0) && 0 joins t, (bump(), 1) ? a : b bumps. Only
// the branch the constant selects is followed.
#include <pthread.h>

static int a, b, c, d;
static pthread_t ta, tb;

static void *wa(void *arg) { (void)arg; a = 1; return NULL; } // NORACE
static void *wb(void *arg) { (void)arg; b = 1; c = 1; return NULL; } // RACE

static void start_b(void) { pthread_create(&tb, NULL, wb, NULL); }
static void bump(void) { c = 2; } // RACE

int main(void)
{
    pthread_create(&ta, NULL, wa, NULL);
    if (pthread_join(ta, NULL) && 0)
        d = 1; // (never runs)
    a = 2; // NORACE: joined in the condition
    if ((start_b(), 1))
        b = 2; // RACE: tb started in the condition
    d = (bump(), 1) ? 2 : 3;
    pthread_join(tb, NULL);
    return d;
}
