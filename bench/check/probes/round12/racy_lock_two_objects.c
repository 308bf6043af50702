// racy: inc() locks the mutex of the object it is given, but updates a global: two threads with two objects use two mutexes.
#include <pthread.h>
struct acct { pthread_mutex_t m; int bal; };
static struct acct a = {PTHREAD_MUTEX_INITIALIZER, 0}, b = {PTHREAD_MUTEX_INITIALIZER, 0};
static int total;
static void inc(struct acct *p)
{
    pthread_mutex_lock(&p->m);
    p->bal++;
    total++;
    pthread_mutex_unlock(&p->m);
}
static void *worker(void *arg)
{
    inc(arg);
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, &a);
    pthread_create(&q, NULL, worker, &b);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return total + a.bal + b.bal;
}
