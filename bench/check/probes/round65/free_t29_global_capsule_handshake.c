/* TRUTH: free — one global capsule is reused, but launch waits on a semaphore until the trampoline has copied fn/arg out; routines write different globals */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static struct cap g_cap;
static sem_t copied;
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    sem_post(&copied);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    g_cap.fn = fn;
    g_cap.arg = arg;
    pthread_create(t, NULL, tramp, &g_cap);
    sem_wait(&copied);
}
int main(void)
{
    pthread_t t1, t2;
    sem_init(&copied, 0, 0);
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return ra + rb;
}
