/* TRUTH: racy — flags.ready and flags.error are adjacent non-zero-width bit-fields, hence ONE memory location in C11; set_ready writes ready and set_error writes error concurrently with no synchronization. */
#include <pthread.h>
#include <stdio.h>

struct status {
    unsigned ready : 1;
    unsigned error : 1;
    unsigned spare : 6;
};

static struct status flags;

static void *set_ready(void *a)
{
    flags.ready = 1;
    return a;
}

static void *set_error(void *a)
{
    flags.error = 1;
    return a;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_ready, NULL);
    pthread_create(&b, NULL, set_error, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", flags.ready, flags.error);
    return 0;
}
