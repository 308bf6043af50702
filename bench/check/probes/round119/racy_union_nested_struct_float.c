/* TRUTH: racy — &pos.v.y (a float inside a struct inside a union) is handed out as void *; the GPS thread stores a float through it while the map thread reads pos.packed */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union position {
    struct { float x, y; } v;
    uint64_t packed;
};

struct sink {
    void *dst;
};

static union position pos = { .v = { 1.0f, 2.0f } };

static void deliver(struct sink *s, float val)
{
    float *f = s->dst;
    *f = val;
}

static void *gps(void *arg)
{
    struct sink *s = arg;
    for (int i = 0; i < 60; i++) {
        deliver(s, 2.0f + (float)i * 0.001f);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct sink lat_sink;
    uint64_t h = 0;
    lat_sink.dst = &pos.v.y;
    pthread_create(&t, NULL, gps, &lat_sink);
    for (int i = 0; i < 60; i++) {
        h ^= pos.packed;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("h=%llx\n", (unsigned long long)h);
    return 0;
}
