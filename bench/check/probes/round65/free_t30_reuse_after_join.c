/* TRUTH: free — one global capsule, but main joins the writer's thread before relaunching with reader; reader's read of shared comes after the writer's write */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static struct cap g_cap;
static int shared, seen;
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    g_cap.fn = fn;
    g_cap.arg = arg;
    pthread_create(t, NULL, tramp, &g_cap);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, writer, NULL);
    pthread_join(t1, NULL);
    launch(&t2, reader, NULL);
    pthread_join(t2, NULL);
    return seen;
}
