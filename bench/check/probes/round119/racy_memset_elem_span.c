/* TRUTH: racy — memset(&tbl[2], 0, 2 * sizeof tbl[2]) clears slots 2 AND 3, while the hit counter increments tbl[3].hits */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct flow_slot {
    uint32_t key;
    uint32_t hits;
};

static struct flow_slot tbl[8];

static void *ager(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        memset(&tbl[2], 0, 2 * sizeof tbl[2]); /* age out the 2..3 bucket pair */
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, ager, NULL);
    for (int i = 0; i < 60; i++) {
        tbl[3].hits++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("hits=%u\n", (unsigned)tbl[3].hits);
    return 0;
}
