/* TRUTH: free — main launches an idle logger, writes limit, then launches boss (which starts probe) and starts probe itself; every probe starts after the write */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int limit;
static int seen[2];
static void *probe(void *arg) { seen[(long)arg] = limit; return NULL; }
static void idle(void *arg) { (void)arg; }
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
    pthread_t l, b, p;
    launch(&l, idle, NULL);
    limit = 9;
    launch(&b, boss, NULL);
    pthread_create(&p, NULL, probe, (void *)1L);
    pthread_join(l, NULL);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    return seen[0] + seen[1];
}
