/* TRUTH: race-free. Bucket lists and per-stripe counts are touched only under locks[h % NSTRIPE] of their bucket (a bucket always maps to the same stripe); nodes are fresh and linked under the lock; main reads after join. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NBUCKET 64
#define NSTRIPE 8
#define NT 4

struct node {
    unsigned key;
    int val;
    struct node *next;
};

static struct node *buckets[NBUCKET];
static pthread_mutex_t locks[NSTRIPE];
static long stripe_count[NSTRIPE];

static unsigned hash(unsigned k) { return (k * 2654435761u) % NBUCKET; }

static int ht_put(unsigned key, int val)
{
    unsigned h = hash(key);
    pthread_mutex_t *l = &locks[h % NSTRIPE];
    pthread_mutex_lock(l);
    for (struct node *n = buckets[h]; n; n = n->next)
        if (n->key == key) {
            n->val = val;
            pthread_mutex_unlock(l);
            return 0;
        }
    struct node *n = malloc(sizeof *n);
    if (!n) {
        pthread_mutex_unlock(l);
        return -1;
    }
    n->key = key;
    n->val = val;
    n->next = buckets[h];
    buckets[h] = n;
    stripe_count[h % NSTRIPE]++;
    pthread_mutex_unlock(l);
    return 1;
}

static void *inserter(void *arg)
{
    unsigned base = (unsigned)(long)arg;
    for (unsigned i = 0; i < 500; i++)
        ht_put(base + i, (int)i);
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NSTRIPE; i++)
        pthread_mutex_init(&locks[i], NULL);
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, inserter, (void *)(i * 300));
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    long total = 0;
    for (int i = 0; i < NSTRIPE; i++)
        total += stripe_count[i];
    printf("%ld\n", total);
    return 0;
}
