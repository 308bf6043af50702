/* TRUTH: race-free - entries read under rdlock, written under wrlock; hit/miss counters atomic; each client writes only its own seeds slot */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define SLOTS 16
#define NR 4
#define LOOKUPS 40

struct entry {
    int key;
    int value;
    int valid;
};

struct cache {
    pthread_rwlock_t lock;
    struct entry e[SLOTS];
    atomic_long hits;
    atomic_long misses;
    long inserts;
};

static struct cache C = { .lock = PTHREAD_RWLOCK_INITIALIZER };

static int compute(int key)
{
    int v = 1;
    for (int i = 0; i < key % 7; i++)
        v = v * 3 + key;
    return v;
}

static int lookup(int key, int *out)
{
    int found = 0;
    int slot = key % SLOTS;
    pthread_rwlock_rdlock(&C.lock);
    if (C.e[slot].valid && C.e[slot].key == key) {
        *out = C.e[slot].value;
        found = 1;
    }
    pthread_rwlock_unlock(&C.lock);
    if (found)
        atomic_fetch_add(&C.hits, 1);
    else
        atomic_fetch_add(&C.misses, 1);
    return found;
}

static void insert(int key, int value)
{
    int slot = key % SLOTS;
    pthread_rwlock_wrlock(&C.lock);
    C.e[slot].key = key;
    C.e[slot].value = value;
    C.e[slot].valid = 1;
    C.inserts++;
    pthread_rwlock_unlock(&C.lock);
}

static void *client(void *arg)
{
    int seed = *(int *)arg;
    long acc = 0;
    for (int i = 0; i < LOOKUPS; i++) {
        int key = (seed * 7 + i * 13) % 50;
        int v;
        if (!lookup(key, &v)) {
            v = compute(key);
            insert(key, v);
        }
        acc += v;
    }
    *(int *)arg = (int)acc;
    return NULL;
}

int main(void)
{
    pthread_t t[NR];
    int seeds[NR];
    for (int i = 0; i < NR; i++) {
        seeds[i] = i + 1;
        pthread_create(&t[i], NULL, client, &seeds[i]);
    }
    for (int i = 0; i < NR; i++)
        pthread_join(t[i], NULL);
    printf("hits=%ld misses=%ld inserts=%ld\n", atomic_load(&C.hits), atomic_load(&C.misses), C.inserts);
    for (int i = 0; i < NR; i++)
        printf("client %d acc %d\n", i, seeds[i]);
    return 0;
}
