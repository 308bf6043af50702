/* TRUTH: racy — b points at reg.bytes[2] (a byte of the union) and the irq thread writes through it, while the poller reads the overlapping reg.word concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union status_reg {
    uint32_t word;
    uint8_t bytes[4];
};

static union status_reg reg;

static void *irq(void *arg)
{
    uint8_t *b = arg;
    for (int i = 0; i < 200; i++) {
        *b = (uint8_t)i;
        usleep(100);
    }
    return NULL;
}

static void *poller(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += reg.word >> 16;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, irq, &reg.bytes[2]);
    pthread_create(&b, NULL, poller, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
