/* TRUTH: racy — memcmp(&win.lo, &want, sizeof want) starts at lo but reads 8 bytes, lo AND hi, while the tuner rewrites win.hi */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct range { uint32_t lo, hi; };

struct window {
    uint32_t id;
    uint32_t lo;
    uint32_t hi;
    uint32_t step;
};

static struct window win = { 1, 100, 200, 5 };
static const struct range want = { 100, 200 };

static void *checker(void *arg)
{
    unsigned *same = arg;
    for (int i = 0; i < 60; i++) {
        if (memcmp(&win.lo, &want, sizeof want) == 0)
            (*same)++;
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static unsigned same;
    pthread_create(&t, NULL, checker, &same);
    for (int i = 0; i < 60; i++) {
        win.hi = (uint32_t)(200 + i % 2);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("same=%u\n", same);
    return 0;
}
