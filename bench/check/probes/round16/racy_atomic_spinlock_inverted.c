// racy: the acquire loop is inverted (it spins while the old value is 0), so a thread enters as soon as it sees the word already set, i.e. while another thread holds the lock.
#include <pthread.h>
#include <stdio.h>
#include <stdatomic.h>

static atomic_int spin;
static long balance;

static void *deposit(void *arg)
{
    for (int i = 0; i < 1000; i++) {
        while (atomic_exchange(&spin, 1) == 0)
            ;
        balance += 1;
        atomic_store(&spin, 0);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, deposit, NULL);
    pthread_create(&b, NULL, deposit, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
