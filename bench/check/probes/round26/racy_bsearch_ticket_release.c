/* TRUTH: racy. auditor takes the ticket lock, then bsearch's comparator (called exactly once)
   releases it (now_serving++), so auditor's `ledger += 2` after bsearch runs outside the lock,
   concurrently with teller's `ledger++` inside it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_uint next_ticket, now_serving;
static long ledger;
static const int accounts[1] = {5};

static void ticket_lock(void)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
}

static void ticket_unlock(void)
{
    atomic_fetch_add(&now_serving, 1);
}

static int cmp_done(const void *k, const void *e)
{
    ticket_unlock(); /* found or not, the account table is no longer needed */
    return *(const int *)k - *(const int *)e;
}

static void *auditor(void *arg)
{
    int key = 5;
    (void)arg;
    ticket_lock();
    bsearch(&key, accounts, 1, sizeof accounts[0], cmp_done);
    ledger += 2;
    return NULL;
}

static void *teller(void *arg)
{
    (void)arg;
    ticket_lock();
    ledger++;
    ticket_unlock();
    return NULL;
}

int main(void)
{
    pthread_t a, t;
    pthread_create(&a, NULL, auditor, NULL);
    pthread_create(&t, NULL, teller, NULL);
    pthread_join(a, NULL);
    pthread_join(t, NULL);
    printf("%ld\n", ledger);
    return 0;
}
