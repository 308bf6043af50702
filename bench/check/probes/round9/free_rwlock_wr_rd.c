/* TRUTH: free. The writer modifies table under the write lock; readers only read it under the read lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[4];

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_rwlock_wrlock(&rw);
        table[i] = i + 1;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void *reader(void *arg)
{
    int *sum = arg;
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < 4; i++)
        *sum += table[i];
    pthread_rwlock_unlock(&rw);
    return NULL;
}

int main(void)
{
    pthread_t w, r1, r2;
    int s1 = 0, s2 = 0;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r1, NULL, reader, &s1);
    pthread_create(&r2, NULL, reader, &s2);
    pthread_join(w, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    printf("%d %d\n", s1, s2);
    return 0;
}
