/* TRUTH: free — every balance access holds that account's own mutex: transfer locks both accounts in address order before touching from->balance and to->balance (line 24), deposit locks a->mu (line 14). */
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
    struct account *first = from < to ? from : to;
    struct account *second = from < to ? to : from;
    pthread_mutex_lock(&first->mu);
    pthread_mutex_lock(&second->mu);
    from->balance -= v;
    to->balance += v; // @A
    pthread_mutex_unlock(&second->mu);
    pthread_mutex_unlock(&first->mu);
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
