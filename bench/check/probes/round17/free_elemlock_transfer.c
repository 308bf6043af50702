/* Race-free: move() locks each account it touches (the destination after the source is released). */
#include <pthread.h>
#include <stdio.h>
struct acct {
    pthread_mutex_t m;
    long bal;
};
struct acct a[3] = {{PTHREAD_MUTEX_INITIALIZER, 100}, {PTHREAD_MUTEX_INITIALIZER, 100}, {PTHREAD_MUTEX_INITIALIZER, 100}};
static void move(struct acct *from, struct acct *to, long v)
{
    pthread_mutex_lock(&from->m);
    from->bal -= v;
    pthread_mutex_unlock(&from->m);
    pthread_mutex_lock(&to->m);
    to->bal += v;
    pthread_mutex_unlock(&to->m);
}
static void *t1(void *arg)
{
    (void)arg;
    move(&a[0], &a[1], 5);
    return NULL;
}
static void *t2(void *arg)
{
    (void)arg;
    move(&a[2], &a[1], 7);
    return NULL;
}
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%ld\n", a[1].bal);
    return 0;
}
