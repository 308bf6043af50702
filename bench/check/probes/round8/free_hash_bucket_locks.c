/* TRUTH: free. Every bucket's chain and its count are accessed only under that bucket's lock, selected by the same hash in insert and lookup; the global size counter is under size_lock. */
#include <pthread.h>
#include <stdlib.h>

#define NBUCKET 8

typedef struct entry {
    unsigned key;
    long val;
    struct entry *next;
} entry_t;

typedef struct {
    entry_t *head[NBUCKET];
    int count[NBUCKET];
    pthread_mutex_t locks[NBUCKET];
    long size;
    pthread_mutex_t size_lock;
} htab_t;

static htab_t tab;

#define BUCKET(k) (((k) * 2654435761u) >> 29)

static void ht_insert(htab_t *t, unsigned key, long val)
{
    unsigned b = BUCKET(key) & (NBUCKET - 1);
    entry_t *e = malloc(sizeof *e);
    if (!e)
        return;
    e->key = key;
    e->val = val;
    pthread_mutex_lock(&t->locks[b]);
    e->next = t->head[b];
    t->head[b] = e;
    t->count[b]++;
    pthread_mutex_unlock(&t->locks[b]);
    pthread_mutex_lock(&t->size_lock);
    t->size++;
    pthread_mutex_unlock(&t->size_lock);
}

static long ht_lookup(htab_t *t, unsigned key)
{
    unsigned b = BUCKET(key) & (NBUCKET - 1);
    long r = -1;
    pthread_mutex_lock(&t->locks[b]);
    for (entry_t *e = t->head[b]; e; e = e->next)
        if (e->key == key) {
            r = e->val;
            break;
        }
    pthread_mutex_unlock(&t->locks[b]);
    return r;
}

static void *inserter(void *arg)
{
    unsigned base = (unsigned)(long)arg;
    for (unsigned i = 0; i < 50; i++)
        ht_insert(&tab, base + i, i);
    return NULL;
}

static void *looker(void *arg)
{
    long s = 0;
    (void)arg;
    for (unsigned i = 0; i < 100; i++)
        s += ht_lookup(&tab, i);
    return (void *)s;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < NBUCKET; i++)
        pthread_mutex_init(&tab.locks[i], NULL);
    pthread_mutex_init(&tab.size_lock, NULL);
    pthread_create(&t[0], NULL, inserter, (void *)0L);
    pthread_create(&t[1], NULL, inserter, (void *)1000L);
    pthread_create(&t[2], NULL, looker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return tab.size != 100;
}
