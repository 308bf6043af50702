/* TRUTH: free — memcpy length offsetof(struct port, stats.errors) stops right before stats.errors, the only field the error thread writes; main reads errors only after join */
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

static void *err_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        eth0.stats.errors++;
        usleep(100);
    }
    return NULL;
}

static void *snapshot_thread(void *arg)
{
    struct port *snap = arg;
    for (int i = 0; i < 200; i++) {
        memcpy(snap, &eth0, offsetof(struct port, stats.errors));
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct port snap;
    pthread_t a, b;
    pthread_create(&a, NULL, err_thread, NULL);
    pthread_create(&b, NULL, snapshot_thread, &snap);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s %lu %lu\n", snap.name, snap.stats.packets, eth0.stats.errors);
    return 0;
}
