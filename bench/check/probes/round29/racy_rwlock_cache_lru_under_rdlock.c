/* TRUTH: racy. lookup() does table[i].uses++ while holding the rwlock only for reading; the two reader threads look up the same keys and increment the same entry's uses concurrently (write/write). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NENT 32

struct entry {
    int key;
    int value;
    long uses;
};

static struct entry table[NENT];
static int nused;
static pthread_rwlock_t tlock = PTHREAD_RWLOCK_INITIALIZER;
static atomic_long hits, misses;

static int lookup(int key, int *out)
{
    int found = 0;
    pthread_rwlock_rdlock(&tlock);
    for (int i = 0; i < nused; i++)
        if (table[i].key == key) {
            *out = table[i].value;
            table[i].uses++; /* LRU bookkeeping under the READ lock */
            found = 1;
            break;
        }
    pthread_rwlock_unlock(&tlock);
    if (found)
        atomic_fetch_add(&hits, 1);
    else
        atomic_fetch_add(&misses, 1);
    return found;
}

static void update(int key, int value)
{
    pthread_rwlock_wrlock(&tlock);
    for (int i = 0; i < nused; i++)
        if (table[i].key == key) {
            table[i].value = value;
            goto done;
        }
    if (nused < NENT) {
        table[nused].key = key;
        table[nused].value = value;
        nused++;
    }
done:
    pthread_rwlock_unlock(&tlock);
}

static void *reader(void *arg)
{
    (void)arg;
    int v;
    for (int k = 0; k < 200; k++)
        lookup(k % 40, &v);
    return NULL;
}

static void *writer(void *arg)
{
    (void)arg;
    for (int k = 0; k < 40; k++)
        update(k, k * 10);
    return NULL;
}

int main(void)
{
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    printf("%ld %ld %d\n", atomic_load(&hits), atomic_load(&misses), nused);
    return 0;
}
