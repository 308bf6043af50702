/* TRUTH: race-free. The writer changes `table` only under the write lock; the two readers only read it under the read lock. Readers vs readers: both reads, no conflict; writer vs reader: excluded by the rwlock. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[4];

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_wrlock(&rw);
        table[i % 4] += i;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void *reader(void *arg)
{
    long sum = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_rdlock(&rw);
        sum += table[0] + table[1] + table[2] + table[3];
        pthread_rwlock_unlock(&rw);
    }
    printf("%ld\n", sum);
    return NULL;
}

int main(void)
{
    pthread_t w, r1, r2;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    return 0;
}
