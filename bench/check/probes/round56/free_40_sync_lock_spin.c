/* TRUTH: free — __sync_lock_test_and_set (acquire barrier) / __sync_lock_release (release barrier) implement a spinlock that guards `inventory` in both threads. */
#include <pthread.h>
#include <stdio.h>

static volatile int spin;
static int inventory[3] = { 10, 10, 10 };

static void take(int item)
{
    while (__sync_lock_test_and_set(&spin, 1))
        while (__atomic_load_n(&spin, __ATOMIC_RELAXED))
            ;
    if (inventory[item] > 0)
        inventory[item]--;
    __sync_lock_release(&spin);
}

static void *shopper(void *arg)
{
    int item = (int)(long)arg;
    for (int i = 0; i < 6; i++)
        take((item + i) % 3);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, shopper, (void *)0L);
    pthread_create(&b, NULL, shopper, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", inventory[0], inventory[1], inventory[2]);
    return 0;
}
