/* TRUTH: racy — the flusher memset()s t->ent (the whole array field, t from a void *) while the lookup path increments tbl.ent[3].hits */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct arp_ent {
    uint32_t ip;
    uint32_t hits;
};

struct arp_table {
    int gen;
    struct arp_ent ent[8];
};

struct timer {
    void *data;
};

static struct arp_table tbl;

static void *flusher(void *arg)
{
    struct timer *tm = arg;
    for (int i = 0; i < 60; i++) {
        struct arp_table *t = tm->data;
        memset(t->ent, 0, sizeof t->ent);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t th;
    static struct timer tm;
    tm.data = &tbl;
    pthread_create(&th, NULL, flusher, &tm);
    for (int i = 0; i < 60; i++) {
        tbl.ent[3].hits++;
        usleep(200);
    }
    pthread_join(th, NULL);
    printf("hits=%u\n", (unsigned)tbl.ent[3].hits);
    return 0;
}
