/* Race-free: a small lookup table guarded by a pthread_rwlock; readers take the read
   lock to scan it, the writer takes the write lock to update entries and 'version'. */
#include <pthread.h>
#include <stdio.h>

#define NKEYS 8
#define NREADERS 3

static int table[NKEYS];
static unsigned version;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

static void *reader(void *arg)
{
    long hits = 0;
    (void)arg;
    for (int r = 0; r < 200; r++) {
        pthread_rwlock_rdlock(&rw);
        for (int k = 0; k < NKEYS; k++)
            hits += table[k];
        hits += version;
        pthread_rwlock_unlock(&rw);
    }
    return (void *)hits;
}

static void *writer(void *arg)
{
    (void)arg;
    for (int r = 0; r < 100; r++) {
        pthread_rwlock_wrlock(&rw);
        table[r % NKEYS] += r;
        version++;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

int main(void)
{
    pthread_t rd[NREADERS], wr;
    void *ret;
    long sum = 0;
    pthread_create(&wr, NULL, writer, NULL);
    for (int i = 0; i < NREADERS; i++)
        pthread_create(&rd[i], NULL, reader, NULL);
    for (int i = 0; i < NREADERS; i++) {
        pthread_join(rd[i], &ret);
        sum += (long)ret;
    }
    pthread_join(wr, NULL);
    printf("%ld %u\n", sum, version);
    return 0;
}
