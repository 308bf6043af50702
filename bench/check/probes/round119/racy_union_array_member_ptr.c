/* TRUTH: racy — &coef.c[2] (element of a float array member) is registered as void *; the loader writes a float through it while the filter reads coef.w[2] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union coeffs {
    float c[4];
    uint32_t w[4];
};

struct knob {
    const char *name;
    void *slot;
};

static union coeffs coef = { .c = { 0.1f, 0.2f, 0.3f, 0.4f } };
static struct knob knobs[1];

static void knob_set(struct knob *k, float v)
{
    float *dst = k->slot;
    *dst = v;
}

static void *loader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        knob_set(&knobs[0], 0.3f + (float)i * 0.01f);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    uint32_t x = 0;
    knobs[0].name = "c2";
    knobs[0].slot = &coef.c[2];
    pthread_create(&t, NULL, loader, NULL);
    for (int i = 0; i < 60; i++) {
        x ^= coef.w[2];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("x=%08x\n", (unsigned)x);
    return 0;
}
