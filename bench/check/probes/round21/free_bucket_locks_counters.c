/* TRUTH: race-free. bump(h) takes bucket_lock[h] and then touches only counts[h] and the list hanging off heads[h] (nodes allocated privately, linked in under that lock, never moved to another bucket); the same index h selects both lock and bucket, so accesses to any bucket are serialised by its own lock. main walks the table after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NB 8

struct entry {
    int key;
    struct entry *next;
};

static pthread_mutex_t bucket_lock[NB];
static struct entry *heads[NB];
static long counts[NB];

static void bump(int key)
{
    int h = key % NB;
    struct entry *e = malloc(sizeof *e);
    if (!e)
        return;
    e->key = key;
    pthread_mutex_lock(&bucket_lock[h]);
    e->next = heads[h];
    heads[h] = e;
    counts[h]++;
    pthread_mutex_unlock(&bucket_lock[h]);
}

static void *inserter(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 32; i++)
        bump(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    for (int i = 0; i < NB; i++)
        pthread_mutex_init(&bucket_lock[i], NULL);
    pthread_create(&a, NULL, inserter, (void *)0L);
    pthread_create(&b, NULL, inserter, (void *)5L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    for (int i = 0; i < NB; i++) {
        long n = 0;
        struct entry *e = heads[i];
        while (e) {
            struct entry *nx = e->next;
            n++;
            free(e);
            e = nx;
        }
        printf("bucket %d: %ld/%ld\n", i, n, counts[i]);
    }
    return 0;
}
