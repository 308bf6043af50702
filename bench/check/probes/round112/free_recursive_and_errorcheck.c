/* TRUTH: free — rm is recursive: a's second lock takes another level and its first unlock keeps rm held, so both x++ are under rm (em, error-checking, is unrelated) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static pthread_mutex_t em = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static int x, y;
static void *a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    pthread_mutex_lock(&rm);
    pthread_mutex_unlock(&rm);
    x++;
    pthread_mutex_unlock(&rm);
    return 0;
}
static void *b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    x++;
    pthread_mutex_unlock(&rm);
    pthread_mutex_lock(&em);
    y++;
    pthread_mutex_unlock(&em);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, a, 0);
    pthread_create(&t2, 0, b, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("%d %d\n", x, y);
    return 0;
}
