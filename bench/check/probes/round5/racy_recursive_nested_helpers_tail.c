/* TRUTH: racy - add_both() releases the recursive mutex twice (depth back to 0) and then writes a outside it, concurrently with w2's locked add_one(&a) */
#define _GNU_SOURCE
#include <pthread.h>
static pthread_mutex_t m;
static int a, b;
static void add_one(int *p)
{
    pthread_mutex_lock(&m);
    (*p)++;
    pthread_mutex_unlock(&m);
}
static void add_both(void)
{
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    b++;
    pthread_mutex_unlock(&m);
    pthread_mutex_unlock(&m);
    a = b;
}
static void *w1(void *arg) { (void)arg; add_both(); return NULL; }
static void *w2(void *arg) { (void)arg; add_one(&a); return NULL; }
int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &at);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, w1, NULL);
    pthread_create(&t2, NULL, w2, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a;
}
