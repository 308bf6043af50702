/* TRUTH: racy — priv is set by memcpy()ing pointer bytes (&g_state) into the field; the poller memcmp()s through priv while main updates g_state.duty */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct fan_state {
    uint32_t rpm;
    uint32_t duty;
};

struct plugin {
    const char *name;
    void *priv;
};

static struct fan_state dummy_state;
static struct fan_state g_state = { 1200, 40 };
static const struct fan_state idle = { 0, 0 };
static struct plugin plug = { "fan", &dummy_state };

static void *poller(void *arg)
{
    unsigned *idle_ticks = arg;
    for (int i = 0; i < 60; i++) {
        if (memcmp(plug.priv, &idle, sizeof idle) == 0)
            (*idle_ticks)++;
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static unsigned idle_ticks;
    struct fan_state *real = &g_state;
    memcpy(&plug.priv, &real, sizeof real);
    pthread_create(&t, NULL, poller, &idle_ticks);
    for (int i = 0; i < 60; i++) {
        g_state.duty = (uint32_t)(i % 100);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("idle=%u duty=%u\n", idle_ticks, (unsigned)g_state.duty);
    return 0;
}
