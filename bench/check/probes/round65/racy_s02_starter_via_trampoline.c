/* TRUTH: racy — main launches boss through a trampoline, then writes limit, then starts probe; boss also starts probe, which may read limit before main's write */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int limit;
static int seen[2];
static void *probe(void *arg) { seen[(long)arg] = limit; return NULL; }
static void boss(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, probe, (void *)0L);
    pthread_join(t, NULL);
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
    pthread_t b, p;
    launch(&b, boss, NULL);
    limit = 9;
    pthread_create(&p, NULL, probe, (void *)1L);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    return seen[0] + seen[1];
}
