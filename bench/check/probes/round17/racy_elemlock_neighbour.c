/* Racy: each thread holds only its own element's lock while also bumping its right neighbour's count, which the neighbour's thread writes under another lock. */
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
    pthread_mutex_lock(&e->m);
    e->n += 1;
    a[(me + 1) % N].n += 1;
    pthread_mutex_unlock(&e->m);
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
