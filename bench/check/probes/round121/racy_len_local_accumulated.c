/* TRUTH: racy — the copy length starts as sizeof cfg.mode but is then grown by sizeof cfg.level, so memcpy reads cfg.level, which the tuner thread writes concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct config {
    int mode;
    int level;
    int verbose;
    char path[20];
};

static struct config cfg = { 1, 3, 0, "/tmp" };

static void *tuner(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        cfg.level = i % 9;
        usleep(100);
    }
    return NULL;
}

static void *reader(void *arg)
{
    struct config *out = arg;
    for (int i = 0; i < 200; i++) {
        size_t n = sizeof cfg.mode;
        n += sizeof cfg.level;
        memcpy(out, &cfg, n);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct config copy;
    pthread_t a, b;
    pthread_create(&a, NULL, tuner, NULL);
    pthread_create(&b, NULL, reader, &copy);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", copy.mode, copy.level);
    return 0;
}
