/* TRUTH: racy. Two C11 threads started with thrd_create increment hits without any mutex. */
#include <stdio.h>
#include <threads.h>

static int hits;

static int worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        hits++;
    return 0;
}

int main(void)
{
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
