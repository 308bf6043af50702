/* TRUTH: racy — the trampoline overwrites the capsule's fn with the global hook via memcpy when hooking is on, so both threads run hook(), which does calls++ unsynchronized */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct cap { void (*fn)(void *); void *arg; };
static int calls, ra, rb, hooking;
static void hook(void *arg) { (void)arg; calls++; }
static void (*g_hook)(void *) = hook;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    if (hooking)
        memcpy(&c->fn, &g_hook, sizeof c->fn);
    c->fn(c->arg);
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
    hooking = 1;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return calls + ra + rb;
}
