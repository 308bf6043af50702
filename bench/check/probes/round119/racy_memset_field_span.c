/* TRUTH: racy — memset(&c.tx, 0, sizeof c.tx + sizeof c.err) starts at tx but runs over err, which the poller increments unlocked */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct link_counters {
    uint64_t rx;
    uint64_t tx;
    uint64_t err;
    uint64_t resets;
};

static struct link_counters lc;

static void *clear_tx_side(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        /* tx and err are adjacent: clear both in one go */
        memset(&lc.tx, 0, sizeof lc.tx + sizeof lc.err);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, clear_tx_side, NULL);
    for (int i = 0; i < 60; i++) {
        lc.err++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("err=%llu\n", (unsigned long long)lc.err);
    return 0;
}
