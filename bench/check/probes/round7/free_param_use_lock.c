/* TRUTH: free. both threads call work(1); the parameter never changes, so the update happens only with the mutex held. */
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
static void *t2(void *a) { (void)a; work(1, 4); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    work(0, 1);
    printf("%d\n", total);
    return 0;
}
