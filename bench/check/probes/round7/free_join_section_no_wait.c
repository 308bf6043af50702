/* TRUTH: free. main holds m from before creating t1 until after joining it, so t1's unlocked x++ is inside main's critical section and excluded from t2's locked x++. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *t1_fn(void *arg)
{
    (void)arg;
    x++;
    return NULL;
}

static void *t2_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t2, NULL, t2_fn, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&t1, NULL, t1_fn, NULL);
    pthread_join(t1, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(t2, NULL);
    printf("%d\n", x);
    return 0;
}
