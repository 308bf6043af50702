/* TRUTH: free — dry_run is 1 so launch() always replaces fn with noop; writer/reader never run, threads touch nothing shared */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int dry_run, shared, seen;
static void noop(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
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
    if (dry_run)
        fn = noop;
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    dry_run = 1;
    launch(&t1, writer, NULL);
    launch(&t2, reader, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return seen;
}
