/* TRUTH: free — both threads take savings.lock before touching savings.bal: one through a local pointer to the lock, the other through a local pointer to the struct */
#include <pthread.h>
#include <stdio.h>

struct acct { pthread_mutex_t lock; long bal; };
static struct acct savings = { PTHREAD_MUTEX_INITIALIZER, 0 };

static void *depositor(void *arg)
{
    (void)arg;
    for (int k = 0; k < 1000; k++) {
        struct acct *p = &savings;
        pthread_mutex_t *l = &p->lock;
        pthread_mutex_lock(l);
        savings.bal += 2;
        pthread_mutex_unlock(l);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, depositor, NULL);
    for (int k = 0; k < 1000; k++) {
        struct acct *q = &savings;
        pthread_mutex_lock(&q->lock);
        q->bal--;
        pthread_mutex_unlock(&savings.lock);
    }
    pthread_join(t, NULL);
    printf("%ld\n", savings.bal);
    return 0;
}
