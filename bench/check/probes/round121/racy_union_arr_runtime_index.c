/* TRUTH: racy — the writer keeps uint16_t *p = &pk.half[k] with k = 1 at run time (bytes 2..3), overlapping pk.raw[3], which the checker thread reads concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

union packed {
    uint16_t half[4];
    uint8_t raw[8];
};

static union packed pk;

static void *writer(void *arg)
{
    uint16_t *p = arg;
    for (int i = 0; i < 200; i++) {
        *p = (uint16_t)(i * 257);
        usleep(100);
    }
    return NULL;
}

static void *checker(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += pk.raw[3];
        usleep(100);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    long acc = 0;
    int k = argc > 3 ? 0 : 1;
    uint16_t *p = &pk.half[k];
    pthread_t a, b;
    pthread_create(&a, NULL, writer, p);
    pthread_create(&b, NULL, checker, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
