/* TRUTH: free. bump(i) updates a[i] under m[i]; t1 updates a[1] under m[1] as well. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m[3] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int a[3];

static void bump(int i)
{
    pthread_mutex_lock(&m[i]);
    a[i]++;
    pthread_mutex_unlock(&m[i]);
}

static void *t0(void *p) { (void)p; bump(1); bump(0); return NULL; }
static void *t1(void *p)
{
    (void)p;
    pthread_mutex_lock(&m[1]);
    a[1] = 0;
    pthread_mutex_unlock(&m[1]);
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t0, NULL);
    pthread_create(&y, NULL, t1, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", a[0], a[1]);
    return 0;
}
