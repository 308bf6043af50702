/* TRUTH: free — heads[i], counts[i] and nodes of bucket i only touched under locks[i] with the same i */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NB 8
#define NTHREADS 3

struct node {
    int key;
    int val;
    struct node *next;
};

static pthread_mutex_t locks[NB];
static struct node *heads[NB];
static int counts[NB];

static int bucket_of(int key)
{
    return (key * 7 + 3) % NB;
}

static void put(int key, int val)
{
    int i = bucket_of(key);
    struct node *n;
    pthread_mutex_lock(&locks[i]);
    for (n = heads[i]; n; n = n->next)
        if (n->key == key)
            break;
    if (!n) {
        n = malloc(sizeof *n);
        n->key = key;
        n->next = heads[i];
        heads[i] = n;
        counts[i]++;
    }
    n->val = val;
    pthread_mutex_unlock(&locks[i]);
}

static int get(int key)
{
    int i = bucket_of(key);
    struct node *n;
    int v = -1;
    pthread_mutex_lock(&locks[i]);
    for (n = heads[i]; n; n = n->next)
        if (n->key == key) {
            v = n->val;
            break;
        }
    pthread_mutex_unlock(&locks[i]);
    return v;
}

static int size_of_bucket(int key)
{
    int i = bucket_of(key);
    int c;
    pthread_mutex_lock(&locks[i]);
    c = counts[i];
    pthread_mutex_unlock(&locks[i]);
    return c;
}

static void *worker(void *arg)
{
    int base = (int)(long)arg;
    int k, sum = 0;
    for (k = 0; k < 40; k++) {
        put(base + k, k);
        sum += get(k);
        sum += size_of_bucket(k + 1);
    }
    return (void *)(long)sum;
}

int main(void)
{
    pthread_t th[NTHREADS];
    int i;
    for (i = 0; i < NB; i++)
        pthread_mutex_init(&locks[i], NULL);
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, worker, (void *)(long)(i * 10));
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NB; i++)
        printf("%d ", counts[i]);
    printf("\n");
    return 0;
}
