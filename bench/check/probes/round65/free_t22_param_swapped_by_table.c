/* TRUTH: free — launch maps every requested routine through remap(), which always returns idle; writer/reader are never run */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int shared, seen;
static void idle(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void (*remap(void (*fn)(void *)))(void *) { (void)fn; return idle; }
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
    fn = remap(fn);
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
