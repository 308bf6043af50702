/* TRUTH: racy — each worker locks its own account and then moves the pointer to the neighbour before updating, so the neighbour's balance is written under the wrong lock while the neighbour updates it under its own */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct acct { pthread_mutex_t lock; long bal; };
static struct acct accts[N];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int k = 0; k < 2000; k++) {
        struct acct *p = &accts[id];
        pthread_mutex_lock(&p->lock);
        p->bal--;                      /* own account, own lock: fine */
        p = &accts[(id + 1) % N];      /* oops: pays the neighbour under our lock */
        p->bal++;
        pthread_mutex_unlock(&accts[id].lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_mutex_init(&accts[i].lock, NULL);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", accts[0].bal);
    return 0;
}
