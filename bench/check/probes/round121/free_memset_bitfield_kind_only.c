/* TRUTH: free — memset(&d, 0, sizeof d.kind) clears byte 0 only; the worker writes d.value (offset 4), a separate memory location; main reads after join */
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
        d.value += 3;
        usleep(100);
    }
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        memset(&d, 0, sizeof d.kind);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", d.kind, d.value);
    return 0;
}
