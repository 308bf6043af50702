/* TRUTH: free — the global capsule is filled only by the first launch (noop); every thread runs noop; after that the capsule is only read */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static struct cap g_cap;
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
    if (!g_cap.fn) {
        g_cap.fn = fn;
        g_cap.arg = arg;
    }
    pthread_create(t, NULL, tramp, &g_cap);
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
