/* TRUTH: racy — both launches pass a null routine, so both trampolines run fallback(), which writes the global fallback_runs unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int fallback_runs;
static void fallback(void *arg) { (void)arg; fallback_runs++; }
static void *tramp(void *p)
{
    struct cap *c = p;
    if (c->fn)
        c->fn(c->arg);
    else
        fallback(c->arg);
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
    launch(&t1, NULL, NULL);
    launch(&t2, NULL, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return fallback_runs;
}
