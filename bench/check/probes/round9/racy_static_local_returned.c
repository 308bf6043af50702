/* TRUTH: racy. counter_slot() returns the address of a function-static variable, and both workers increment it through the returned pointer without a lock. */
#include <pthread.h>
#include <stdio.h>

static int *counter_slot(void)
{
    static int slot;
    return &slot;
}

static void *worker(void *arg)
{
    (void)arg;
    int *p = counter_slot();
    for (int i = 0; i < 100; i++)
        (*p)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", *counter_slot());
    return 0;
}
