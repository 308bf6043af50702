/* TRUTH: free — readers read table under the read lock, the writer writes it under the write lock */
#include <pthread.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[4];

void *reader(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 0; i < 50; i++) {
        pthread_rwlock_rdlock(&rw);
        s += table[i % 4];
        pthread_rwlock_unlock(&rw);
    }
    return (void *)s;
}

void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        pthread_rwlock_wrlock(&rw);
        table[i % 4] = i;
        pthread_rwlock_unlock(&rw);
    }
    return 0;
}

int main(void)
{
    pthread_t r1, r2, w;
    pthread_create(&r1, 0, reader, 0);
    pthread_create(&w, 0, writer, 0);
    pthread_create(&r2, 0, reader, 0);
    pthread_join(r1, 0);
    pthread_join(r2, 0);
    pthread_join(w, 0);
    return 0;
}
