/* TRUTH: racy — total_items incremented while holding only the bucket lock; two inserts into different buckets race */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NBUCKETS 16
#define NTHREADS 4
#define OPS 200

struct entry {
    int key;
    int value;
    struct entry *next;
};

struct bucket {
    pthread_mutex_t lock;
    struct entry *head;
    int size;
};

static struct bucket table[NBUCKETS];
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static long total_items;

static unsigned hash_key(int key)
{
    unsigned h = (unsigned)key * 2654435761u;
    return h % NBUCKETS;
}

static void ht_insert(int key, int value)
{
    unsigned b = hash_key(key);
    struct entry *e;
    pthread_mutex_lock(&table[b].lock);
    for (e = table[b].head; e; e = e->next) {
        if (e->key == key) {
            e->value = value;
            pthread_mutex_unlock(&table[b].lock);
            return;
        }
    }
    e = malloc(sizeof *e);
    if (!e) {
        pthread_mutex_unlock(&table[b].lock);
        return;
    }
    e->key = key;
    e->value = value;
    e->next = table[b].head;
    table[b].head = e;
    table[b].size++;
    total_items++;
    pthread_mutex_unlock(&table[b].lock);
}

static int ht_lookup(int key, int *value)
{
    unsigned b = hash_key(key);
    struct entry *e;
    int found = 0;
    pthread_mutex_lock(&table[b].lock);
    for (e = table[b].head; e; e = e->next) {
        if (e->key == key) {
            *value = e->value;
            found = 1;
            break;
        }
    }
    pthread_mutex_unlock(&table[b].lock);
    return found;
}

static void *client(void *arg)
{
    long id = (long)arg;
    int i, v;
    unsigned seed = (unsigned)id;
    for (i = 0; i < OPS; i++) {
        int k = rand_r(&seed) % 64;
        if (i % 3 == 0)
            ht_insert(k, (int)id);
        else
            ht_lookup(k, &v);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[NTHREADS];
    long i;
    int b;
    for (b = 0; b < NBUCKETS; b++) {
        pthread_mutex_init(&table[b].lock, NULL);
        table[b].head = NULL;
        table[b].size = 0;
    }
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, client, (void *)i);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    printf("items=%ld\n", total_items);
    return 0;
}
