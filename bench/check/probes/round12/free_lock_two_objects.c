// free: twin of racy_lock_two_objects: each object's mutex guards only that object's balance.
#include <pthread.h>
struct acct { pthread_mutex_t m; int bal; };
static struct acct a = {PTHREAD_MUTEX_INITIALIZER, 0}, b = {PTHREAD_MUTEX_INITIALIZER, 0};
static void inc(struct acct *p)
{
    pthread_mutex_lock(&p->m);
    p->bal++;
    pthread_mutex_unlock(&p->m);
}
static void *worker(void *arg)
{
    inc(arg);
    inc(arg);
    return NULL;
}
int main(void)
{
    pthread_t p, q, r;
    pthread_create(&p, NULL, worker, &a);
    pthread_create(&q, NULL, worker, &b);
    pthread_create(&r, NULL, worker, &a);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(r, NULL);
    return a.bal + b.bal;
}
