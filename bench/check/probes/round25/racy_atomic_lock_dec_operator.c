/* TRUTH: racy. intruder's lk-- (an atomic decrement of the _Atomic lock word) can turn a held lock (1) into 0 while holder_a is inside; holder_b's exchange then takes it and both write account at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

_Atomic int lk;
int account;

void *holder_a(void *arg)
{
    (void)arg;
    while (atomic_exchange(&lk, 1))
        ;
    account += 10;
    lk = 0;
    return NULL;
}

void *holder_b(void *arg)
{
    (void)arg;
    while (atomic_exchange(&lk, 1))
        ;
    account -= 3;
    lk = 0;
    return NULL;
}

void *intruder(void *arg)
{
    (void)arg;
    if (lk == 1)
        lk--;
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, holder_a, NULL);
    pthread_create(&c, NULL, intruder, NULL);
    pthread_create(&b, NULL, holder_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", account);
    return 0;
}
