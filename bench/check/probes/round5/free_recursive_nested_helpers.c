/* TRUTH: race-free - m is PTHREAD_MUTEX_RECURSIVE; add_both() holds m and calls add_one() which locks it again; every access to a and b is under m */
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
    add_one(&a);
    add_one(&b);
    a += b;
    pthread_mutex_unlock(&m);
}
static void *w1(void *arg) { (void)arg; add_both(); return NULL; }
static void *w2(void *arg) { (void)arg; add_one(&a); add_one(&b); return NULL; }
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
    return a + b;
}
