// A start-routine trampoline (as yarn's launch() in pigz): launch(&t, routine, payload) hands a
// fresh capsule {routine, payload} to pthread_create's one entry, ignition, which calls
// capsule->routine(capsule->payload). Each launch's thread is a thread of the routine its
// caller named (and is named after it), not one trampoline running every routine: the
// writer and the reader race; what main wrote before launching them does not. Which routine
// a capsule holds when the trampoline reads it is not proved (the parameter may be changed,
// the capsule rewritten or shared): the races are possible and the analysis incomplete.
// INCOMPLETE
#include <pthread.h>
#include <stdlib.h>

struct capsule {
    void (*routine)(void *);
    void *payload;
};

static void *ignition(void *arg)
{
    struct capsule *c = arg;
    void (*routine)(void *) = c->routine;
    void *payload = c->payload;
    free(c);
    routine(payload);
    return NULL;
}

static void launch(pthread_t *t, void (*routine)(void *), void *payload)
{
    struct capsule *c = malloc(sizeof *c);
    if (c == NULL)
        abort();
    c->routine = routine;
    c->payload = payload;
    if (pthread_create(t, NULL, ignition, c))
        abort();
}

static int level, shared, stats[4];

static void writer(void *arg) { (void)arg; shared = level; } // RACE (possible): the reader reads it
static void reader(void *arg) { (void)arg; stats[0] = shared; } // RACE (possible)
static void counter1(void *arg) { (void)arg; stats[1]++; }
static void counter2(void *arg) { (void)arg; stats[2]++; }
static void counter3(void *arg) { (void)arg; stats[3] = level; } // NORACE: main set level before any launch

int main(void)
{
    level = 3;
    pthread_t tw, tr, t1, t2, t3;
    launch(&tw, writer, NULL);
    launch(&tr, reader, NULL);
    launch(&t1, counter1, NULL);
    launch(&t2, counter2, NULL);
    launch(&t3, counter3, NULL);
    pthread_join(tw, NULL);
    pthread_join(tr, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return stats[0] + stats[1] + stats[2] + stats[3]; // NORACE: all joined
}
