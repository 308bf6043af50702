// race-free: each worker gets its own half of the VLA scratch buffer.
#include <pthread.h>
#include <stdio.h>

static void *fill(void *arg)
{
    int *buf = arg;
    buf[0] = 1;
    return NULL;
}

int main(int argc, char **argv)
{
    int n = argc + 4;
    int scratch[2 * n];
    pthread_t a, b;
    pthread_create(&a, NULL, fill, &scratch[0]);
    pthread_create(&b, NULL, fill, &scratch[n]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", scratch[0] + scratch[n]);
    return 0;
}
