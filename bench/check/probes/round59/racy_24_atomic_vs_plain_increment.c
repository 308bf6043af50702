/* TRUTH: racy — t_atomic updates counter with __atomic_fetch_add but t_plain does counter += 1 non-atomically; the plain read/write in t_plain races with the atomic RMW in t_atomic. */
#include <pthread.h>
#include <stdio.h>

int counter;

void *t_atomic(void *a)
{
    for (int i = 0; i < 100; i++)
        __atomic_fetch_add(&counter, 1, __ATOMIC_SEQ_CST);
    return a;
}

void *t_plain(void *a)
{
    for (int i = 0; i < 100; i++)
        counter += 1;
    return a;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t_atomic, NULL);
    pthread_create(&y, NULL, t_plain, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", counter);
    return 0;
}
