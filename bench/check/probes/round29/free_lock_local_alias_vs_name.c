/* TRUTH: race-free. The worker locks through a local pointer 'a' that only ever points at savings; main locks savings.lock by name; both update savings.balance under that one mutex. */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    long balance;
};

static struct account savings = {PTHREAD_MUTEX_INITIALIZER, 0};

static void *interest(void *arg)
{
    (void)arg;
    struct account *a = &savings;
    pthread_mutex_lock(&a->lock);
    a->balance += a->balance / 100;
    pthread_mutex_unlock(&a->lock);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, interest, NULL);
    pthread_mutex_lock(&savings.lock);
    savings.balance += 1000;
    pthread_mutex_unlock(&savings.lock);
    pthread_join(t, NULL);
    printf("%ld\n", savings.balance);
    return 0;
}
