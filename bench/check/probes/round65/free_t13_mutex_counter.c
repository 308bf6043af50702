/* TRUTH: free — two different routines launched through the trampoline both update 'counter' only under the same mutex */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int counter;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void inc(void *arg) { (void)arg; pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); }
static void dec(void *arg) { (void)arg; pthread_mutex_lock(&m); counter--; pthread_mutex_unlock(&m); }
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
    launch(&t1, inc, NULL);
    launch(&t2, dec, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return counter;
}
