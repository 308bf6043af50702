/* TRUTH: racy — launch() replaces its fn parameter with tracer when tracing is on (main sets it), so both threads run tracer and both do hits++ unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int tracing, hits, a_done, b_done;
static void tracer(void *arg) { (void)arg; hits++; }
static void work_a(void *arg) { (void)arg; a_done = 1; }
static void work_b(void *arg) { (void)arg; b_done = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    if (tracing)
        fn = tracer;
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    tracing = 1;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return hits + a_done + b_done;
}
