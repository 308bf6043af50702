/* TRUTH: free. store-buffering with seq_cst atomics: both threads cannot both read the other's flag as 0, so at most one enters and writes winner. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int want0, want1;
static int winner = -1;

static void *p0(void *a)
{
    (void)a;
    atomic_store(&want0, 1);
    if (atomic_load(&want1) == 0)
        winner = 0;
    return NULL;
}

static void *p1(void *a)
{
    (void)a;
    atomic_store(&want1, 1);
    if (atomic_load(&want0) == 0)
        winner = 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, p0, NULL);
    pthread_create(&b, NULL, p1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", winner);
    return 0;
}
