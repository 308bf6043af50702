/* TRUTH: race-free. LOCK(&acct) expands to pthread_mutex_lock(&(&acct)->lock), the same mutex as &acct.lock used by the auditor; balance/txns are only touched under it. */
#include <pthread.h>
#include <stdio.h>

#define LOCK(o) pthread_mutex_lock(&(o)->lock)
#define UNLOCK(o) pthread_mutex_unlock(&(o)->lock)

struct account {
    long balance;
    int txns;
    pthread_mutex_t lock;
};

static struct account acct = {500, 0, PTHREAD_MUTEX_INITIALIZER};

static void *depositor(void *arg)
{
    (void)arg;
    LOCK(&acct);
    acct.balance += 100;
    acct.txns++;
    UNLOCK(&acct);
    return NULL;
}

static void *auditor(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&acct.lock);
    acct.balance -= 1; /* fee */
    acct.txns++;
    pthread_mutex_unlock(&acct.lock);
    return NULL;
}

int main(void)
{
    pthread_t d, a;
    pthread_create(&d, NULL, depositor, NULL);
    pthread_create(&a, NULL, auditor, NULL);
    pthread_join(d, NULL);
    pthread_join(a, NULL);
    printf("%ld %d\n", acct.balance, acct.txns);
    return 0;
}
