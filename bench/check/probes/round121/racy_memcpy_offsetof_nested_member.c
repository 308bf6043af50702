/* TRUTH: racy — memcpy length offsetof(struct port, stats.errors) covers id, name and stats.packets; the rx thread increments stats.packets concurrently */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct port_stats {
    unsigned long packets;
    unsigned long errors;
};

struct port {
    int id;
    char name[12];
    struct port_stats stats;
    pthread_mutex_t lock;
};

static struct port eth0 = { 0, "eth0", { 0, 0 }, PTHREAD_MUTEX_INITIALIZER };

static void *rx_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        eth0.stats.packets++;
        usleep(100);
    }
    return NULL;
}

static void *snapshot_thread(void *arg)
{
    struct port *snap = arg;
    for (int i = 0; i < 200; i++) {
        /* everything before the error counter: identity plus packet count */
        memcpy(snap, &eth0, offsetof(struct port, stats.errors));
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct port snap;
    pthread_t a, b;
    pthread_create(&a, NULL, rx_thread, NULL);
    pthread_create(&b, NULL, snapshot_thread, &snap);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s %lu\n", snap.name, snap.stats.packets);
    return 0;
}
