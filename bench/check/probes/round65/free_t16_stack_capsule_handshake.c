/* TRUTH: free — launch keeps the capsule on its stack and waits on a semaphore until the trampoline has copied fn/arg out of it; routines write distinct globals */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; sem_t copied; };
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    sem_post(&c->copied);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap c;
    c.fn = fn;
    c.arg = arg;
    sem_init(&c.copied, 0, 0);
    pthread_create(t, NULL, tramp, &c);
    sem_wait(&c.copied);
    sem_destroy(&c.copied);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return ra + rb;
}
