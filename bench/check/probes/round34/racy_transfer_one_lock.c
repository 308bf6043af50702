/* TRUTH: racy — transfer locks only from->mu: its write to->balance (line 21, acct[1] under acct[0].mu) races with deposit's acct[1].balance += v (line 14, under acct[1].mu). */
#include <pthread.h>
#include <stdio.h>

struct account { pthread_mutex_t mu; long balance; };

static struct account acct[2] = {
    { PTHREAD_MUTEX_INITIALIZER, 100 },
    { PTHREAD_MUTEX_INITIALIZER, 100 },
};

static void deposit(struct account *a, long v) {
    pthread_mutex_lock(&a->mu);
    a->balance += v; // @B
    pthread_mutex_unlock(&a->mu);
}

static void transfer(struct account *from, struct account *to, long v) {
    pthread_mutex_lock(&from->mu);
    from->balance -= v;
    to->balance += v; // @A
    pthread_mutex_unlock(&from->mu);
}

static void *teller(void *arg) { (void)arg; transfer(&acct[0], &acct[1], 10); return NULL; }
static void *atm(void *arg)    { (void)arg; deposit(&acct[1], 5); return NULL; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, teller, NULL);
    pthread_create(&b, NULL, atm, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", acct[0].balance, acct[1].balance);
    return 0;
}
