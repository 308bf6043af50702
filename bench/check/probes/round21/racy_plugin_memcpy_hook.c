/* TRUTH: racy. plugin_load() installs fast_count() into hooks.on_packet by memcpy of a function pointer; both rx workers call hooks.on_packet -> fast_count(), whose 'stats.packets++' (line ~40) is an unlocked read-modify-write in two concurrently running threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NWORKERS 2
#define NPACKETS 64

typedef void (*packet_fn)(int len);

struct hooks {
    packet_fn on_packet;
    packet_fn on_drop;
};

struct stats {
    long packets;
    long bytes;
    long drops;
};

static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static struct stats stats;

static void safe_count(int len)
{
    pthread_mutex_lock(&stats_lock);
    stats.packets++;
    stats.bytes += len;
    pthread_mutex_unlock(&stats_lock);
}

static void safe_drop(int len)
{
    (void)len;
    pthread_mutex_lock(&stats_lock);
    stats.drops++;
    pthread_mutex_unlock(&stats_lock);
}

/* "fast path" plugin: assumes it is only ever used single-threaded */
static void fast_count(int len)
{
    stats.packets++;
    stats.bytes += len;
}

static struct hooks hooks = { safe_count, safe_drop };

struct plugin_desc {
    const char *name;
    void *entry;       /* generic entry point, as a loader would hand it out */
};

static struct plugin_desc available[] = {
    { "fastcount", (void *)fast_count },
};

static int plugin_load(const char *name)
{
    for (size_t i = 0; i < sizeof(available) / sizeof(available[0]); i++) {
        if (strcmp(available[i].name, name) == 0) {
            void *e = available[i].entry;
            memcpy(&hooks.on_packet, &e, sizeof(e));
            return 0;
        }
    }
    return -1;
}

static void *rx_worker(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < NPACKETS; i++) {
        int len = 64 + ((base + i) % 7) * 100;
        if (len > 600)
            hooks.on_drop(len);
        else
            hooks.on_packet(len);
    }
    return NULL;
}

int main(void)
{
    pthread_t tids[NWORKERS];

    if (plugin_load("fastcount") != 0) {
        fprintf(stderr, "no plugin\n");
        return 1;
    }
    for (long i = 0; i < NWORKERS; i++)
        if (pthread_create(&tids[i], NULL, rx_worker, (void *)i) != 0) {
            perror("pthread_create");
            exit(1);
        }
    for (int i = 0; i < NWORKERS; i++)
        pthread_join(tids[i], NULL);
    printf("packets=%ld bytes=%ld drops=%ld\n", stats.packets, stats.bytes, stats.drops);
    return 0;
}
