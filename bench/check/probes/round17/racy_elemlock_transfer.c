/* Racy: move() locks only the source account but writes the destination too; two threads move into a[1] under a[0]'s and a[2]'s locks. */
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
    to->bal += v;
    pthread_mutex_unlock(&from->m);
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
