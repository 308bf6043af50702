/* TRUTH: free — `from_acct` is always accessed under lock_a, `to_acct` under lock_b; transfer takes both in a fixed order, audit takes lock_a only for from_acct and lock_b only for to_acct. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static int from_acct = 1000, to_acct;

static void *transfer(void *arg)
{
    int amt = (int)(long)arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&lock_a);
        pthread_mutex_lock(&lock_b);
        from_acct -= amt;
        to_acct += amt;
        pthread_mutex_unlock(&lock_b);
        pthread_mutex_unlock(&lock_a);
    }
    return NULL;
}

static void *audit(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_a);
    int f = from_acct;
    pthread_mutex_unlock(&lock_a);
    pthread_mutex_lock(&lock_b);
    int t = to_acct;
    pthread_mutex_unlock(&lock_b);
    return (void *)(long)(f + t);
}

int main(void)
{
    pthread_t x, y, z;
    pthread_create(&x, NULL, transfer, (void *)3L);
    pthread_create(&y, NULL, transfer, (void *)4L);
    pthread_create(&z, NULL, audit, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    pthread_join(z, NULL);
    printf("%d %d\n", from_acct, to_acct);
    return 0;
}
