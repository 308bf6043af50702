/* TRUTH: free — hash table with lock striping: bucket b is only ever touched while holding stripe[b % NSTRIPE] */
#include <pthread.h>
#include <stdlib.h>
#define NBUCKET 16
#define NSTRIPE 4
typedef struct entry { unsigned key; int val; struct entry *next; } entry_t;
static entry_t *buckets[NBUCKET];
static pthread_mutex_t stripe[NSTRIPE] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static unsigned hash(unsigned k) { return (k * 2654435761u) % NBUCKET; }
static void put(unsigned k, int v) {
    unsigned b = hash(k);
    pthread_mutex_t *l = &stripe[b % NSTRIPE];
    pthread_mutex_lock(l);
    entry_t *e = buckets[b];
    while (e && e->key != k) e = e->next;
    if (e) e->val = v;
    else {
        e = malloc(sizeof *e);
        e->key = k; e->val = v; e->next = buckets[b];
        buckets[b] = e;
    }
    pthread_mutex_unlock(l);
}
static int get(unsigned k, int *out) {
    unsigned b = hash(k);
    pthread_mutex_lock(&stripe[b % NSTRIPE]);
    entry_t *e = buckets[b];
    while (e && e->key != k) e = e->next;
    if (e) *out = e->val;
    pthread_mutex_unlock(&stripe[b % NSTRIPE]);
    return e != NULL;
}
static void *client(void *arg) {
    unsigned base = (unsigned)(long)arg;
    int hits = 0, v;
    for (unsigned i = 0; i < 100; i++) {
        put(base + i % 20, (int)i);
        hits += get(i % 20, &v);
    }
    return (void *)(long)hits;
}
int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, client, (void *)(i * 5));
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    return 0;
}
