/* TRUTH: free — insert() computes b = key % NB once and uses it both to choose bucket_lock[b] and to modify buckets[b]; every write/read of a bucket's count/keys is under that bucket's lock; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

#define NB 4
#define DEPTH 16
struct bucket { int count; int keys[DEPTH]; };

static struct bucket buckets[NB];
static pthread_mutex_t bucket_lock[NB] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER
};

static void insert(int key)
{
    int b = key % NB;
    pthread_mutex_lock(&bucket_lock[b]);
    if (buckets[b].count < DEPTH)
        buckets[b].keys[buckets[b].count++] = key;
    pthread_mutex_unlock(&bucket_lock[b]);
}

static void *inserter(void *a)
{
    int start = (int)(long)a;
    for (int k = start; k < start + 10; k++)
        insert(k);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inserter, (void *)0L);
    pthread_create(&b, NULL, inserter, (void *)5L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int total = 0;
    for (int i = 0; i < NB; i++)
        total += buckets[i].count;
    printf("%d\n", total);
    return 0;
}
