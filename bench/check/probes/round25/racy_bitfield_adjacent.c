/* TRUTH: racy. cfg.mode and cfg.level are adjacent bit-fields with no zero-width bit-field between them: one memory location (C11 3.14), so setter_a's write of cfg.mode and setter_b's write of cfg.level conflict with no order. */
#include <pthread.h>
#include <stdio.h>

struct config {
    unsigned mode : 4;
    unsigned level : 4;
} cfg;

void *setter_a(void *arg)
{
    (void)arg;
    cfg.mode = 3;
    return NULL;
}

void *setter_b(void *arg)
{
    (void)arg;
    cfg.level = 5;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, setter_a, NULL);
    pthread_create(&b, NULL, setter_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", cfg.mode, cfg.level);
    return 0;
}
