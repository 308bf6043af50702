/* TRUTH: racy — em is error-checking (kind 2): the second lock fails (EDEADLK) and the first unlock frees em, so a's x++ is unprotected; the recursive rm elsewhere makes the TU look recursive-only */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static pthread_mutex_t rm = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static pthread_mutex_t em;
static int x, y;
static void *a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    pthread_mutex_lock(&em);
    pthread_mutex_unlock(&em);
    x++;
    pthread_mutex_unlock(&em);
    return 0;
}
static void *b(void *arg)
{
    (void)arg;
    usleep(20000);
    pthread_mutex_lock(&em);
    x++;
    pthread_mutex_unlock(&em);
    pthread_mutex_lock(&rm);
    y++;
    pthread_mutex_unlock(&rm);
    return 0;
}
int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, 2);
    pthread_mutex_init(&em, &at);
    pthread_t t1, t2;
    pthread_create(&t1, 0, a, 0);
    pthread_create(&t2, 0, b, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("%d %d\n", x, y);
    return 0;
}
