/* TRUTH: free. lookups read the table under the read lock and count hits atomically; the updater writes the table under the write lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define SZ 8
static int keys[SZ], vals[SZ];
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static atomic_long hits;

static int lookup(int k)
{
    int v = -1;
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < SZ; i++)
        if (keys[i] == k) {
            v = vals[i];
            atomic_fetch_add_explicit(&hits, 1, memory_order_relaxed);
            break;
        }
    pthread_rwlock_unlock(&rw);
    return v;
}

static void *reader(void *p)
{
    (void)p;
    for (int k = 0; k < 4; k++)
        (void)lookup(k);
    return NULL;
}

static void *updater(void *p)
{
    (void)p;
    pthread_rwlock_wrlock(&rw);
    for (int i = 0; i < SZ; i++) {
        keys[i] = i;
        vals[i] = i * 10;
    }
    pthread_rwlock_unlock(&rw);
    return NULL;
}

int main(void)
{
    pthread_t r1, r2, u;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(u, NULL);
    printf("%ld\n", atomic_load(&hits));
    return 0;
}
