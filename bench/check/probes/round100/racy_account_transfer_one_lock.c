/* TRUTH: racy — transfer locks only the source account, yet also writes the destination's balance */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    long balance;
};

static struct account alice = { PTHREAD_MUTEX_INITIALIZER, 500 };
static struct account bob = { PTHREAD_MUTEX_INITIALIZER, 500 };

static void transfer(struct account *from, struct account *to, long amt)
{
    pthread_mutex_lock(&from->lock);
    if (from->balance >= amt) {
        from->balance -= amt;
        to->balance += amt;
    }
    pthread_mutex_unlock(&from->lock);
}

static void *pay_bob(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        transfer(&alice, &bob, 1);
    return NULL;
}

static void *pay_alice(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        transfer(&bob, &alice, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pay_bob, NULL);
    pthread_create(&b, NULL, pay_alice, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("alice %ld bob %ld\n", alice.balance, bob.balance);
    return 0;
}
