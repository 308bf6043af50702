/* TRUTH: racy — launch queues the capsule and the trampoline pops whichever capsule is first; thread 1 may get work_b's capsule, so after joining only t1 main's read of a_val can race with work_a still running in thread 2 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
struct cap { void (*fn)(void *); void *arg; struct cap *next; };
static struct cap *head, *tail;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int a_val, b_val;
static int arrivals;
static void work_a(void *arg) { (void)arg; usleep(50000); a_val = 1; }
static void work_b(void *arg) { (void)arg; b_val = 1; }
static void *tramp(void *p)
{
    (void)p;
    if (__atomic_fetch_add(&arrivals, 1, __ATOMIC_SEQ_CST) == 0)
        usleep(30000);
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
    c->next = NULL;
    pthread_mutex_lock(&qlock);
    if (tail && head)
        tail->next = c;
    else
        head = c;
    tail = c;
    pthread_mutex_unlock(&qlock);
    pthread_create(t, NULL, tramp, NULL);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    int r = a_val;
    pthread_join(t2, NULL);
    return r + b_val;
}
