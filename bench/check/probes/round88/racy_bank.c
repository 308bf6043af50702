/* Racy: transfer() locks only the source account; the credit to acc[to].balance races
   with another teller that holds acc[to].lock as ITS source and debits it. */
#include <pthread.h>
#include <stdio.h>

#define NACC 6
#define NTELLER 4

struct account {
    pthread_mutex_t lock;
    long balance;
};

static struct account acc[NACC];

static void transfer(int from, int to, long amount)
{
    if (from == to)
        return;
    pthread_mutex_lock(&acc[from].lock);   /* BUG: 'to' is not locked */
    if (acc[from].balance >= amount) {
        acc[from].balance -= amount;
        acc[to].balance += amount;
    }
    pthread_mutex_unlock(&acc[from].lock);
}

static void *teller(void *arg)
{
    unsigned seed = (unsigned)(long)arg * 2654435761u;
    for (int i = 0; i < 200; i++) {
        seed = seed * 1103515245u + 12345u;
        int from = (seed >> 8) % NACC;
        int to = (seed >> 16) % NACC;
        transfer(from, to, (seed >> 4) % 50);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NTELLER];
    long total = 0;
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_init(&acc[i].lock, NULL);
        acc[i].balance = 1000;
    }
    for (long i = 0; i < NTELLER; i++)
        pthread_create(&t[i], NULL, teller, (void *)i);
    for (int i = 0; i < NTELLER; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NACC; i++)
        total += acc[i].balance;
    printf("total=%ld\n", total);
    return 0;
}
