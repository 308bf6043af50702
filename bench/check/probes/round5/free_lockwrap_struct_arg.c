/* TRUTH: race-free - deposit() locks the account's own mutex a->m before touching a->balance; both threads deposit into the same account */
#include <pthread.h>
struct account { pthread_mutex_t m; long balance; };
static struct account acc = { PTHREAD_MUTEX_INITIALIZER, 0 };
static void deposit(struct account *a, long v)
{
    pthread_mutex_lock(&a->m);
    a->balance += v;
    pthread_mutex_unlock(&a->m);
}
static void *worker(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 50; i++)
        deposit(a, i);
    return NULL;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &acc);
    pthread_create(&t2, NULL, worker, &acc);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return acc.balance > 0 ? 0 : 1;
}
