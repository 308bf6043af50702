/* TRUTH: racy. transfer_b writes acct_a.balance while holding acct_b.lock, not acct_a.lock, so it races with transfer_a. */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    int balance;
};

static struct account acct_a = { PTHREAD_MUTEX_INITIALIZER, 100 };
static struct account acct_b = { PTHREAD_MUTEX_INITIALIZER, 100 };

static void *transfer_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&acct_a.lock);
    acct_a.balance -= 5;
    pthread_mutex_unlock(&acct_a.lock);
    return NULL;
}

static void *transfer_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&acct_b.lock);
    acct_b.balance += 5;
    acct_a.balance += 1;
    pthread_mutex_unlock(&acct_b.lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, transfer_a, NULL);
    pthread_create(&b, NULL, transfer_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", acct_a.balance, acct_b.balance);
    return 0;
}
