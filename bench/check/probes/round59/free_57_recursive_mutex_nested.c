/* TRUTH: free — rm is a PTHREAD_MUTEX_RECURSIVE mutex; add_pair() holds it and calls add_one() which locks it again; every access to acct is under rm; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t rm;
static int acct;

static void add_one(int v)
{
    pthread_mutex_lock(&rm);
    acct += v;
    pthread_mutex_unlock(&rm);
}

static void add_pair(int a, int b)
{
    pthread_mutex_lock(&rm);
    add_one(a);
    add_one(b);
    pthread_mutex_unlock(&rm);
}

static void *client(void *p)
{
    int v = *(int *)p;
    for (int i = 0; i < 10; i++)
        add_pair(v, -1);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_mutexattr_destroy(&at);
    int v1 = 3, v2 = 4;
    pthread_t a, b;
    pthread_create(&a, NULL, client, &v1);
    pthread_create(&b, NULL, client, &v2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_mutex_destroy(&rm);
    printf("%d\n", acct);
    return 0;
}
