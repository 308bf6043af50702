/* TRUTH: racy. The audit thread reads acct[i].balance without acct[i].lock while transfer threads write it under the lock. */
#include <pthread.h>
#include <stdio.h>

#define NACCT 4
#define NTELLER 3

typedef struct {
    int id;
    long balance;
    pthread_mutex_t lock;
} account_t;

static account_t acct[NACCT];
static long audit_total;

#define LOCK(a) pthread_mutex_lock(&(a)->lock)
#define UNLOCK(a) pthread_mutex_unlock(&(a)->lock)

static int transfer(account_t *from, account_t *to, long amt)
{
    account_t *first = from->id < to->id ? from : to;
    account_t *second = from->id < to->id ? to : from;
    int rc = 0;
    if (from == to)
        return -1;
    LOCK(first);
    LOCK(second);
    if (from->balance < amt) {
        rc = -1;
        goto unlock;
    }
    from->balance -= amt;
    to->balance += amt;
unlock:
    UNLOCK(second);
    UNLOCK(first);
    return rc;
}

static void *teller(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        int a = (me + i) % NACCT;
        int b = (me * 3 + i + 1) % NACCT;
        transfer(&acct[a], &acct[b], 10);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    long sum = 0;
    (void)arg;
    for (int i = 0; i < NACCT; i++) {
        sum += acct[i].balance;
    }
    audit_total = sum;
    return NULL;
}

int main(void)
{
    pthread_t t[NTELLER], aud;
    for (int i = 0; i < NACCT; i++) {
        acct[i].id = i;
        acct[i].balance = 1000;
        pthread_mutex_init(&acct[i].lock, NULL);
    }
    for (long i = 0; i < NTELLER; i++)
        pthread_create(&t[i], NULL, teller, (void *)i);
    pthread_create(&aud, NULL, auditor, NULL);
    for (int i = 0; i < NTELLER; i++)
        pthread_join(t[i], NULL);
    pthread_join(aud, NULL);
    printf("%ld\n", audit_total);
    return 0;
}
