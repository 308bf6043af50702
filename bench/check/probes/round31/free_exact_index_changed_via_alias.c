/* TRUTH: race-free. Both threads start with idx = 0, but each overwrites it through a pointer with its own argument (1 and 2), so they write slot[1] and slot[2]. */
#include <pthread.h>
#include <stdio.h>

static int slot[4];

static void *worker(void *arg)
{
    int idx = 0;
    int *pi = &idx;
    *pi = (int)(long)arg;
    slot[idx] = slot[idx] + 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slot[1], slot[2]);
    return 0;
}
