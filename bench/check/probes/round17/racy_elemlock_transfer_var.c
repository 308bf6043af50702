/* Racy: thread id moves money from a[id] to a[(id+1)%N] holding only a[id]'s lock, so a[1].bal is written under two different locks. */
#include <pthread.h>
#include <stdio.h>
#define N 3
struct acct {
    pthread_mutex_t m;
    long bal;
};
struct acct a[N];
static void move(struct acct *from, struct acct *to, long v)
{
    pthread_mutex_lock(&from->m);
    from->bal -= v;
    to->bal += v;
    pthread_mutex_unlock(&from->m);
}
static void *work(void *arg)
{
    long id = (long)arg;
    move(&a[id], &a[(id + 1) % N], 5);
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
