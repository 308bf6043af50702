/* TRUTH: racy - total_items++ without total_lock (threads insert new keys concurrently, under different bucket locks) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NBUCKETS 8
#define NLOCKS 8
#define NT 2
#define PER 16

struct node {
    int key;
    int val;
    struct node *next;
};

static struct node *table[NBUCKETS];
static pthread_mutex_t locks[NLOCKS] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};
static int total_items;
static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;

static unsigned hash(int key)
{
    return (unsigned)key * 2654435761u;
}

static void ht_put(int key, int val)
{
    unsigned h = hash(key);
    unsigned b = h % NBUCKETS;
    pthread_mutex_lock(&locks[h % NLOCKS]);
    struct node *n = table[b];
    while (n && n->key != key)
        n = n->next;
    if (n) {
        n->val = val;
    } else {
        n = malloc(sizeof *n);
        if (!n)
            abort();
        n->key = key;
        n->val = val;
        n->next = table[b];
        table[b] = n;
        total_items++;
    }
    pthread_mutex_unlock(&locks[h % NLOCKS]);
}

static void *inserter(void *arg)
{
    int base = (int)(long)arg * PER;
    for (int i = 0; i < PER; i++)
        ht_put(base + i, i);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, inserter, (void *)(long)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    int counted = 0;
    for (int b = 0; b < NBUCKETS; b++)
        for (struct node *n = table[b]; n; n = n->next)
            counted++;
    printf("items %d counted %d\n", total_items, counted);
    return counted == total_items ? 0 : 1;
}
