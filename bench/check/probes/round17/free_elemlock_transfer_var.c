/* Race-free: move() takes both accounts' locks in index order before touching either balance. */
#include <pthread.h>
#include <stdio.h>
#define N 3
struct acct {
    pthread_mutex_t m;
    long bal;
};
struct acct a[N];
static void move(long f, long t, long v)
{
    long lo = f < t ? f : t, hi = f < t ? t : f;
    pthread_mutex_lock(&a[lo].m);
    pthread_mutex_lock(&a[hi].m);
    a[f].bal -= v;
    a[t].bal += v;
    pthread_mutex_unlock(&a[hi].m);
    pthread_mutex_unlock(&a[lo].m);
}
static void *work(void *arg)
{
    long id = (long)arg;
    move(id, (id + 1) % N, 5);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&a[i].m, NULL);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", a[1].bal);
    return 0;
}
