/* TRUTH: free — the static capsule is filled only on the first launch (noop), so all three threads run noop; the capsule is only read by the threads; writer/reader never run */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int shared, seen;
static void noop(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    static struct cap *c;
    if (!c) {
        c = malloc(sizeof *c);
        c->fn = fn;
        c->arg = arg;
    }
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t0, t1, t2;
    launch(&t0, noop, NULL);
    launch(&t1, writer, NULL);
    launch(&t2, reader, NULL);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return seen;
}
