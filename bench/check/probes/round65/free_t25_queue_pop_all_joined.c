/* TRUTH: free — launch queues capsules under a lock and each trampoline pops one under the lock; routines write different globals; main reads after joining all */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; struct cap *next; };
static struct cap *head;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int a_val, b_val;
static void work_a(void *arg) { (void)arg; a_val = 1; }
static void work_b(void *arg) { (void)arg; b_val = 1; }
static void *tramp(void *p)
{
    (void)p;
    pthread_mutex_lock(&qlock);
    struct cap *c = head;
    head = c->next;
    pthread_mutex_unlock(&qlock);
    c->fn(c->arg);
    free(c);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_mutex_lock(&qlock);
    c->next = head;
    head = c;
    pthread_mutex_unlock(&qlock);
    pthread_create(t, NULL, tramp, NULL);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_val + b_val;
}
