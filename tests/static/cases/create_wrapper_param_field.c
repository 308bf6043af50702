// A create wrapper that starts the thread into a field of the object its caller hands it
// (start(&a) runs pthread_create(&w->t, ...)) fills that object's field, a.t: a join of a.t,
// directly or through a wrapper handed &a, ends that thread. Another object's thread (b) is
// not ended by it. The driver harness form: probe fills the device's handle and says so by
// returning 0, disconnect joins it. Only a named object's field: start(p) and start(p + 1),
// p a pointer, fill no handle a join of p's field ends.
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);

struct worker {
    pthread_t t;
    int result;
};

static struct worker a, b, dev;
static int y;
static pthread_mutex_t ym = PTHREAD_MUTEX_INITIALIZER;

static void *work_y(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&ym);
    y = 1; // RACE: the thread of p + 1 runs on
    pthread_mutex_unlock(&ym);
    return NULL;
}

static void start_y(struct worker *w)
{
    if (pthread_create(&w->t, NULL, work_y, NULL))
        exit(1);
}

static void *work(void *arg)
{
    struct worker *w = arg;
    w->result = 1; // RACE: b's instance races with main's b.result = 2
    return NULL;
}

static void start(struct worker *w)
{
    pthread_create(&w->t, NULL, work, w);
}

static void stop(struct worker *w)
{
    pthread_join(w->t, NULL);
}

static int probe(struct worker *w)
{
    if (__VERIFIER_nondet_int())
        return -1;
    if (pthread_create(&w->t, NULL, work, w) != 0)
        return -1;
    return 0;
}

int main(void)
{
    start(&a);
    stop(&a);
    a.result = 2; // NORACE: a.t joined
    start(&b);
    b.result = 2; // RACE: b.t still running
    stop(&b);
    if (probe(&dev) == 0)
        stop(&dev);
    dev.result = 2; // NORACE: joined wherever it was started
    struct worker *p = malloc(2 * sizeof(*p));
    if (!p)
        return 1;
    start_y(p);
    start_y(p + 1);
    stop(p);
    y = 2; // RACE: what a pointer points at is no named object: p and p + 1 are not told apart
    return 0;
}
