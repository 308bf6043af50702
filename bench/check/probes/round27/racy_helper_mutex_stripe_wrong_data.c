/* TRUTH: racy. Striped locking through wrapper functions: each worker locks stripe[key % 4] via bucket_lock(&stripe[...]) but all workers then update the one global 'entries' counter; workers with different keys hold different stripes, so entries++ races. */
#include <pthread.h>

#define NS 4

static pthread_mutex_t stripe[NS] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                     PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long entries;
static int table[NS][8];

static void bucket_lock(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void bucket_unlock(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void insert(int key)
{
    int b = key % NS;
    bucket_lock(&stripe[b]);
    table[b][key % 8]++;
    entries++; /* bug: global, not per stripe */
    bucket_unlock(&stripe[b]);
}

static void *worker(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 20; i++)
        insert(base + i);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i * 1));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)entries;
}
