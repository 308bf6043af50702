/* Race-free: each thread holds its neighbour's lock while bumping the neighbour's count, and its own lock for its own. */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct acct {
    pthread_mutex_t m;
    long n;
};
struct acct a[N];
static void *work(void *arg)
{
    struct acct *e = arg;
    long me = e - a;
    struct acct *nb = &a[(me + 1) % N];
    pthread_mutex_lock(&e->m);
    e->n += 1;
    pthread_mutex_unlock(&e->m);
    pthread_mutex_lock(&nb->m);
    nb->n += 1;
    pthread_mutex_unlock(&nb->m);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&a[i].m, NULL);
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, &a[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", a[0].n);
    return 0;
}
