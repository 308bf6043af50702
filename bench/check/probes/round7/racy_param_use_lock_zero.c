/* TRUTH: racy. t2 calls work(0, ...) and so updates total without the mutex while t1 updates it under the mutex. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void work(int locked, int v)
{
    if (locked)
        pthread_mutex_lock(&m);
    total += v;
    if (locked)
        pthread_mutex_unlock(&m);
}

static void *t1(void *a) { (void)a; work(1, 3); return NULL; }
static void *t2(void *a) { (void)a; work(0, 4); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
