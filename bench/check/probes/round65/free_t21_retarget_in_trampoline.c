/* TRUTH: free — the trampoline calls disarm(c), which stores quiet into c->fn before the call, so writer/reader never run; each capsule is fresh */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int shared, seen;
static void quiet(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void disarm(struct cap *c) { c->fn = quiet; }
static void *tramp(void *p)
{
    struct cap *c = p;
    disarm(c);
    c->fn(c->arg);
    free(c);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, writer, NULL);
    launch(&t2, reader, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return seen;
}
