/* TRUTH: racy — main launches boss and counter; boss launches another counter; both counter threads do total++ unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int total;
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
static void counter(void *arg) { (void)arg; total++; }
static void boss(void *arg)
{
    (void)arg;
    pthread_t t;
    launch(&t, counter, NULL);
    pthread_join(t, NULL);
}
int main(void)
{
    pthread_t tb, tc;
    launch(&tb, boss, NULL);
    launch(&tc, counter, NULL);
    pthread_join(tb, NULL);
    pthread_join(tc, NULL);
    return total;
}
