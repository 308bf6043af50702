/* TRUTH: free. The ternary picks an account and the lock is always that same account's own lock, so each balance is updated under its own mutex. */
#include <pthread.h>

typedef struct { pthread_mutex_t lock; long balance; } acct_t;
static acct_t checking = { PTHREAD_MUTEX_INITIALIZER, 500 };
static acct_t savings = { PTHREAD_MUTEX_INITIALIZER, 900 };

static void *mover(void *arg)
{
    int which = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        acct_t *a = ((i ^ which) & 1) ? &checking : &savings;
        pthread_mutex_lock(&a->lock);
        a->balance += (which ? 1 : -1);
        pthread_mutex_unlock(&a->lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, mover, (void *)0L);
    pthread_create(&y, NULL, mover, (void *)1L);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return checking.balance + savings.balance != 1400;
}
