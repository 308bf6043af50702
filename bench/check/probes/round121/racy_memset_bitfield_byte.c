/* TRUTH: racy — memset(&d, 0, 2) clears byte 0 (kind) and byte 1, which holds the ready/busy bit-fields; the worker flips d.busy concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct desc {
    uint8_t kind;
    unsigned ready : 1;
    unsigned busy : 1;
    uint32_t value;
};

static struct desc d;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        d.busy = !d.busy;
        usleep(100);
    }
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        memset(&d, 0, 2);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    printf("offsetof value = %zu, size = %zu\n", (size_t)__builtin_offsetof(struct desc, value), sizeof d);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", d.kind, d.busy);
    return 0;
}
