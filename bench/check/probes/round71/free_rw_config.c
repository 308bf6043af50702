/* TRUTH: free — names/values/generation written under wrlock, read under rdlock; misses under wrlock; lookups atomic */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdatomic.h>

#define NKEYS 8
#define NREADERS 3

struct config {
    pthread_rwlock_t rw;
    char names[NKEYS][16];
    int values[NKEYS];
    unsigned generation;
    atomic_ulong lookups;
    unsigned long misses;
};

static struct config cfg = { .rw = PTHREAD_RWLOCK_INITIALIZER };

static int cfg_get(const char *name, int *out)
{
    int i, found = 0;
    pthread_rwlock_rdlock(&cfg.rw);
    for (i = 0; i < NKEYS; i++) {
        if (strcmp(cfg.names[i], name) == 0) {
            *out = cfg.values[i];
            found = 1;
            break;
        }
    }
    pthread_rwlock_unlock(&cfg.rw);
    atomic_fetch_add(&cfg.lookups, 1);
    return found;
}

static void cfg_set(int slot, const char *name, int v)
{
    pthread_rwlock_wrlock(&cfg.rw);
    snprintf(cfg.names[slot], sizeof cfg.names[slot], "%s", name);
    cfg.values[slot] = v;
    cfg.generation++;
    pthread_rwlock_unlock(&cfg.rw);
}

static unsigned cfg_generation(void)
{
    unsigned g;
    pthread_rwlock_rdlock(&cfg.rw);
    g = cfg.generation;
    pthread_rwlock_unlock(&cfg.rw);
    return g;
}

static void *reader(void *arg)
{
    int v, i, sum = 0;
    (void)arg;
    for (i = 0; i < 100; i++) {
        if (cfg_get(i % 2 ? "timeout" : "retries", &v))
            sum += v;
        else {
            pthread_rwlock_wrlock(&cfg.rw);
            cfg.misses++;
            pthread_rwlock_unlock(&cfg.rw);
        }
        if (cfg_generation() > 1000)
            break;
    }
    return (void *)(long)sum;
}

static void *writer(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 20; i++) {
        cfg_set(i % NKEYS, i % 2 ? "timeout" : "retries", i);
    }
    return NULL;
}

int main(void)
{
    pthread_t r[NREADERS], w;
    int i;
    cfg_set(0, "retries", 3);
    pthread_create(&w, NULL, writer, NULL);
    for (i = 0; i < NREADERS; i++)
        pthread_create(&r[i], NULL, reader, NULL);
    for (i = 0; i < NREADERS; i++)
        pthread_join(r[i], NULL);
    pthread_join(w, NULL);
    printf("gen=%u lookups=%lu misses=%lu\n", cfg.generation,
           (unsigned long)atomic_load(&cfg.lookups), cfg.misses);
    return 0;
}
