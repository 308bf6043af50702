/* TRUTH: free. The WITH_LOCK-style GNU statement-expression macros take and release the same mutex around every access to x. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

#define LOCKED_ADD(v) ({ pthread_mutex_lock(&m); int r_ = (x += (v)); pthread_mutex_unlock(&m); r_; })

static void *worker(void *arg)
{
    int v = *(int *)arg;
    for (int i = 0; i < 100; i++)
        LOCKED_ADD(v);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int va = 1, vb = 2;
    pthread_create(&a, NULL, worker, &va);
    pthread_create(&b, NULL, worker, &vb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", LOCKED_ADD(0));
    return 0;
}
