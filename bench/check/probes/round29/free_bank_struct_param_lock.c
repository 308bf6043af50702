/* TRUTH: race-free. Every access to an account's balance/ops is under that account's own mutex (taken in ascending id order); the global stats are under stats_lock; main reads after joining all workers. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NACC 8
#define NWORK 4
#define ROUNDS 1000

struct account {
    pthread_mutex_t lock;
    int id;
    long balance;
    unsigned ops;
};

static struct account accounts[NACC];
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static long transfers_ok, transfers_failed;

struct worker_arg {
    int id;
    unsigned seed;
};

static void lock_pair(struct account *a, struct account *b)
{
    if (a->id < b->id) {
        pthread_mutex_lock(&a->lock);
        pthread_mutex_lock(&b->lock);
    } else {
        pthread_mutex_lock(&b->lock);
        pthread_mutex_lock(&a->lock);
    }
}

static void unlock_pair(struct account *a, struct account *b)
{
    pthread_mutex_unlock(&a->lock);
    pthread_mutex_unlock(&b->lock);
}

static int transfer(struct account *from, struct account *to, long amount)
{
    int rc = 0;
    if (from == to)
        return -1;
    lock_pair(from, to);
    if (from->balance < amount) {
        rc = -1;
        goto out;
    }
    from->balance -= amount;
    to->balance += amount;
    from->ops++;
    to->ops++;
out:
    unlock_pair(from, to);
    pthread_mutex_lock(&stats_lock);
    if (rc == 0)
        transfers_ok++;
    else
        transfers_failed++;
    pthread_mutex_unlock(&stats_lock);
    return rc;
}

static void *worker(void *p)
{
    struct worker_arg *w = p;
    unsigned s = w->seed;
    /* overdraft probe: always refused (only 8000 in the bank) */
    transfer(&accounts[w->id], &accounts[(w->id + 1) % NACC], 1000000);
    for (int r = 0; r < ROUNDS; r++) {
        s = s * 1103515245u + 12345u;
        int f = (s >> 8) % NACC;
        s = s * 1103515245u + 12345u;
        int t = (s >> 8) % NACC;
        long amt = (s >> 16) % 200;
        transfer(&accounts[f], &accounts[t], amt);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[NWORK];
    struct worker_arg args[NWORK];
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_init(&accounts[i].lock, NULL);
        accounts[i].id = i;
        accounts[i].balance = 1000;
    }
    for (int i = 0; i < NWORK; i++) {
        args[i].id = i;
        args[i].seed = 17u * (unsigned)i + 1u;
        pthread_create(&th[i], NULL, worker, &args[i]);
    }
    for (int i = 0; i < NWORK; i++)
        pthread_join(th[i], NULL);
    long total = 0;
    for (int i = 0; i < NACC; i++)
        total += accounts[i].balance;
    printf("total %ld ok %ld failed %ld\n", total, transfers_ok, transfers_failed);
    return 0;
}
