/* TRUTH: race-free. Each of two workers bumps 'finished' under the rwlock (write lock) after writing its own partial; main polls finished under a read lock until it reaches 2, then starts the summer, whose reads and writes of partial[0..1] follow both workers' writes. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int finished;
static long partial[2];

static void *work0(void *arg)
{
    (void)arg;
    partial[0] = 10;
    pthread_rwlock_wrlock(&rw);
    finished++;
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static void *work1(void *arg)
{
    (void)arg;
    partial[1] = 20;
    pthread_rwlock_wrlock(&rw);
    finished++;
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static void *summer(void *arg)
{
    (void)arg;
    partial[0] += partial[1];
    partial[1] = 0;
    return NULL;
}

int main(void)
{
    pthread_t a, b, s;
    pthread_create(&a, NULL, work0, NULL);
    pthread_create(&b, NULL, work1, NULL);
    int n = 0;
    while (n < 2) {
        pthread_rwlock_rdlock(&rw);
        n = finished;
        pthread_rwlock_unlock(&rw);
    }
    pthread_create(&s, NULL, summer, NULL);
    pthread_join(s, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", partial[0]);
    return 0;
}
