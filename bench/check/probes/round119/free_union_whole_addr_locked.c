/* TRUTH: free — the tuner stores a float through the table entry holding &gain (the whole union) and the DSP loop reads gain.raw, but both hold param_lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

union sample {
    float f;
    uint32_t raw;
};

struct param {
    const char *name;
    void *addr;
};

static union sample gain = { .f = 1.0f };
static float trim = 0.0f;
static pthread_mutex_t param_lock = PTHREAD_MUTEX_INITIALIZER;
static struct param params[] = { { "gain", NULL }, { "trim", NULL } };

static struct param *find_param(const char *name)
{
    for (size_t i = 0; i < sizeof params / sizeof params[0]; i++)
        if (strcmp(params[i].name, name) == 0)
            return &params[i];
    return NULL;
}

static void set_float_param(const char *name, float v)
{
    struct param *p = find_param(name);
    if (p) {
        float *fp = p->addr;
        pthread_mutex_lock(&param_lock);
        *fp = v;
        pthread_mutex_unlock(&param_lock);
    }
}

static void *tuner(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        set_float_param("gain", 1.0f + (float)i / 100.0f);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    uint32_t acc = 0;
    params[0].addr = &gain;
    params[1].addr = &trim;
    pthread_create(&t, NULL, tuner, NULL);
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&param_lock);
        acc ^= gain.raw;
        pthread_mutex_unlock(&param_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("acc=%08x trim=%f\n", (unsigned)acc, (double)trim);
    return 0;
}
