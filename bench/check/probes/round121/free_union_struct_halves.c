/* TRUTH: free — through struct halves *p = &v.h, one thread writes only p->lo (bytes 0..1) and the other only p->hi (bytes 2..3): distinct non-bit-field members are separate memory locations; main reads v.word after join */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct halves {
    uint16_t lo;
    uint16_t hi;
};

union split {
    struct halves h;
    uint32_t word;
};

static union split v;

static void *low_writer(void *arg)
{
    struct halves *p = arg;
    for (int i = 0; i < 200; i++) {
        p->lo = (uint16_t)i;
        usleep(100);
    }
    return NULL;
}

static void *high_writer(void *arg)
{
    struct halves *p = arg;
    for (int i = 0; i < 200; i++) {
        p->hi = (uint16_t)(i * 3);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, low_writer, &v.h);
    pthread_create(&b, NULL, high_writer, &v.h);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%08x\n", (unsigned)v.word);
    return 0;
}
