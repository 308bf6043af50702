/* TRUTH: racy - worker deposits under a->m, but audit() reads a->balance without the lock while the worker threads run */
#include <pthread.h>
#include <stdio.h>
struct account { pthread_mutex_t m; long balance; };
static struct account acc = { PTHREAD_MUTEX_INITIALIZER, 0 };
static void deposit(struct account *a, long v)
{
    pthread_mutex_lock(&a->m);
    a->balance += v;
    pthread_mutex_unlock(&a->m);
}
static long audit(struct account *a) { return a->balance; }
static void *worker(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 50; i++)
        deposit(a, i);
    return NULL;
}
static void *auditor(void *arg)
{
    printf("%ld\n", audit(arg));
    return NULL;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &acc);
    pthread_create(&t2, NULL, auditor, &acc);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
