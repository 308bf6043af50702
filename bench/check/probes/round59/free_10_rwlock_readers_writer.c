/* TRUTH: free — the writer updates table[] only under the write lock; readers read table[] under the read lock; each reader writes only its own sums[] slot; main reads sums after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[8];
static int sums[2];

static void *writer(void *a)
{
    (void)a;
    for (int r = 0; r < 10; r++) {
        pthread_rwlock_wrlock(&rw);
        for (int i = 0; i < 8; i++)
            table[i] = r + i;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void *reader(void *a)
{
    int idx = (int)(long)a;
    int s = 0;
    for (int r = 0; r < 10; r++) {
        pthread_rwlock_rdlock(&rw);
        for (int i = 0; i < 8; i++)
            s += table[i];
        pthread_rwlock_unlock(&rw);
    }
    sums[idx] = s;
    return NULL;
}

int main(void)
{
    pthread_t w, r0, r1;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r0, NULL, reader, (void *)0L);
    pthread_create(&r1, NULL, reader, (void *)1L);
    pthread_join(w, NULL);
    pthread_join(r0, NULL);
    pthread_join(r1, NULL);
    printf("%d %d\n", sums[0], sums[1]);
    return 0;
}
