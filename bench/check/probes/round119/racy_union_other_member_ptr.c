/* TRUTH: racy — the register map exports &gain.raw (a uint32_t member) as void *; the tuner writes a float through it, into the union main reads as gain.f */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union sample {
    float f;
    uint32_t raw;
};

struct reg {
    uint32_t offset;
    void *backing;
};

static union sample gain = { .f = 1.0f };
static uint32_t ctrl;
static struct reg regmap[2];

static void reg_store_float(uint32_t off, float v)
{
    for (int i = 0; i < 2; i++)
        if (regmap[i].offset == off) {
            float *fp = regmap[i].backing;
            *fp = v;
        }
}

static void *host_if(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        reg_store_float(0x10, 0.5f + (float)i);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    float peak = 0.0f;
    regmap[0] = (struct reg){ 0x10, &gain.raw };
    regmap[1] = (struct reg){ 0x14, &ctrl };
    pthread_create(&t, NULL, host_if, NULL);
    for (int i = 0; i < 60; i++) {
        if (gain.f > peak)
            peak = gain.f;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("peak=%f ctrl=%u\n", (double)peak, (unsigned)ctrl);
    return 0;
}
