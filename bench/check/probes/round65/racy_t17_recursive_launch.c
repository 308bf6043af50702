/* TRUTH: racy — spread() launches another spread() (depth 1) and does not join it before writing 'depth_seen'; both runs write depth_seen unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static long depth_seen;
static pthread_t child;
static void launch(pthread_t *t, void (*fn)(void *), void *arg);
static void spread(void *arg)
{
    long d = (long)arg;
    if (d == 0)
        launch(&child, spread, (void *)1L);
    depth_seen = d;
}
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
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t;
    launch(&t, spread, (void *)0L);
    pthread_join(t, NULL);
    pthread_join(child, NULL);
    return (int)depth_seen;
}
