/* TRUTH: free — parent writes x, then launches child and joins it; child reads x and writes y; parent reads y after the join; main reads after joining parent */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int x, y, z;
static void launch(pthread_t *t, void (*fn)(void *), void *arg);
static void child(void *arg) { (void)arg; y = x + 1; }
static void parent(void *arg)
{
    (void)arg;
    x = 10;
    pthread_t t;
    launch(&t, child, NULL);
    pthread_join(t, NULL);
    z = y;
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
    launch(&t, parent, NULL);
    pthread_join(t, NULL);
    return x + y + z;
}
