// racy: bucket i is updated under rd_locks[i] by readers-side code and under wr_locks[i] by the flusher, two different lock arrays.
#include <pthread.h>
#include <stdlib.h>
#define NB 8
struct entry { int key; int hits; struct entry *next; };
static struct entry *buckets[NB];
static pthread_mutex_t rd_locks[NB];
static pthread_mutex_t wr_locks[NB];

static void *reader(void *arg)
{
    for (int i = 0; i < NB; i++) {
        pthread_mutex_lock(&rd_locks[i]);
        if (buckets[i])
            buckets[i]->hits++;
        pthread_mutex_unlock(&rd_locks[i]);
    }
    return NULL;
}

static void *flusher(void *arg)
{
    for (int i = 0; i < NB; i++) {
        pthread_mutex_lock(&wr_locks[i]);
        if (buckets[i])
            buckets[i]->hits = 0;
        pthread_mutex_unlock(&wr_locks[i]);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    for (int i = 0; i < NB; i++) {
        pthread_mutex_init(&rd_locks[i], NULL);
        pthread_mutex_init(&wr_locks[i], NULL);
        buckets[i] = calloc(1, sizeof(struct entry));
        buckets[i]->key = i;
    }
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, flusher, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
