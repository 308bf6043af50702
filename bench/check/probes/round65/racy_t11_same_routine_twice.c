/* TRUTH: racy — work is launched twice, each with a fresh capsule; both runs write the global 'last' */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static long last;
static void work(void *arg) { last = (long)arg; }
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
    launch(&t1, work, (void *)1L);
    launch(&t2, work, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return (int)last;
}
