/* TRUTH: free — the trampoline runs the previous capsule's routine when there is one: thread 1 runs noop, thread 2 runs noop (thread 1's), thread 3 runs writer (thread 2's); reader never runs and writer runs once */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; struct cap *prev; };
static struct cap *last;
static int shared, seen;
static void noop(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void *tramp(void *p)
{
    struct cap *c = p;
    struct cap *src = c->prev ? c->prev : c;
    src->fn(src->arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    c->prev = last;
    last = c;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2, t3;
    launch(&t1, noop, NULL);
    launch(&t2, writer, NULL);
    launch(&t3, reader, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return seen;
}
