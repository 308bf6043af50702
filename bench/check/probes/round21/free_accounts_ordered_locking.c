/* TRUTH: race-free. Every access to accounts[k].balance happens while accounts[k].lock is held: transfer() locks both accounts (lower index first) before touching either balance, and audit() locks each account before reading it; main reads balances only after joining. */
#include <pthread.h>
#include <stdio.h>

#define NACC 4

struct account {
    pthread_mutex_t lock;
    long balance;
};

static struct account accounts[NACC];

static void transfer(int from, int to, long amt)
{
    if (from == to)
        return;
    int first = from < to ? from : to;
    int second = from < to ? to : from;
    pthread_mutex_lock(&accounts[first].lock);
    pthread_mutex_lock(&accounts[second].lock);
    if (accounts[from].balance >= amt) {
        accounts[from].balance -= amt;
        accounts[to].balance += amt;
    }
    pthread_mutex_unlock(&accounts[second].lock);
    pthread_mutex_unlock(&accounts[first].lock);
}

static long audit(void)
{
    long sum = 0;
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_lock(&accounts[i].lock);
        sum += accounts[i].balance;
        pthread_mutex_unlock(&accounts[i].lock);
    }
    return sum;
}

static void *teller(void *arg)
{
    int seed = (int)(long)arg;
    for (int i = 0; i < 50; i++) {
        int from = (seed + i) % NACC;
        int to = (seed * 3 + i * 7) % NACC;
        transfer(from, to, 5 + i % 3);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 10; i++)
        s += audit();
    return (void *)s;
}

int main(void)
{
    pthread_t t1, t2, a;
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_init(&accounts[i].lock, NULL);
        accounts[i].balance = 1000;
    }
    pthread_create(&t1, NULL, teller, (void *)1L);
    pthread_create(&t2, NULL, teller, (void *)2L);
    pthread_create(&a, NULL, auditor, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(a, NULL);
    for (int i = 0; i < NACC; i++)
        printf("acct %d: %ld\n", i, accounts[i].balance);
    return 0;
}
