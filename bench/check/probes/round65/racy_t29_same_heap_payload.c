/* TRUTH: racy — main hands the same malloc'd payload to two launches of fill/bump; both write *p unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static void fill(void *arg) { int *p = arg; *p = 11; }
static void bump(void *arg) { int *p = arg; *p += 1; }
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
    pthread_t t1, t2;
    int *p = calloc(1, sizeof *p);
    launch(&t1, fill, p);
    launch(&t2, bump, p);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    int r = *p;
    free(p);
    return r;
}
