/* TRUTH: race-free. A test-and-test-and-set spin lock (atomic_flag-free, atomic_int with acquire exchange, release store) around a switch-based command handler with an early 'goto out' path that still unlocks; every access to 'acct' happens under the lock. */
#include <pthread.h>
#include <stdatomic.h>

enum cmd { DEPOSIT, WITHDRAW, AUDIT };

static atomic_int lk;
static struct { long balance; int audits; } acct;

static void lock(void)
{
    for (;;) {
        while (atomic_load_explicit(&lk, memory_order_relaxed))
            ;
        if (!atomic_exchange_explicit(&lk, 1, memory_order_acquire))
            break;
    }
}

static void unlock(void)
{
    atomic_store_explicit(&lk, 0, memory_order_release);
}

static int handle(enum cmd c, long amount)
{
    int rc = 0;
    lock();
    switch (c) {
    case DEPOSIT:
        acct.balance += amount;
        break;
    case WITHDRAW:
        if (acct.balance < amount) {
            rc = -1;
            goto out;
        }
        acct.balance -= amount;
        break;
    case AUDIT:
        acct.audits++;
        break;
    }
out:
    unlock();
    return rc;
}

static void *client(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 30; i++)
        handle((enum cmd)((i + id) % 3), 10);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, client, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return (int)acct.balance;
}
