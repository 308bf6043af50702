/* TRUTH: racy. wait_ptr(&ts[k]) joins ts[1] when a command-line argument is given; then ts[0] is not joined and its out[0] = 7 can run while main reads out[0]. */
#include <pthread.h>
#include <stdio.h>

static int out[2];

static void *fill(void *arg)
{
    long i = (long)arg;
    out[i] = 7 + (int)i;
    return NULL;
}

static void wait_ptr(pthread_t *tp) { pthread_join(*tp, NULL); }

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t ts[2];
    pthread_create(&ts[0], NULL, fill, (void *)0L);
    pthread_create(&ts[1], NULL, fill, (void *)1L);
    int k = argc > 1;
    wait_ptr(&ts[k]);
    printf("%d\n", out[0]);
    wait_ptr(&ts[1 - k]);
    return 0;
}
