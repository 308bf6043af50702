/* TRUTH: free — the trampoline calls the routine only when the payload is non-null; both launches pass NULL, so writer/reader never run */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int shared, seen;
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void *tramp(void *p)
{
    struct cap *c = p;
    if (c->arg)
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
