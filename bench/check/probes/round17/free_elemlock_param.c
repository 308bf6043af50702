/* Race-free: touch() locks the element it was given and writes only that element. */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct acct {
    pthread_mutex_t m;
    long n;
};
struct acct a[N];
static void touch(struct acct *e)
{
    pthread_mutex_lock(&e->m);
    e->n += 1;
    pthread_mutex_unlock(&e->m);
}
static void *work(void *arg)
{
    long id = (long)arg;
    touch(&a[id]);
    touch(&a[(id + 1) % N]);
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
    printf("%ld\n", a[0].n);
    return 0;
}
