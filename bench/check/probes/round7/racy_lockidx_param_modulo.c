/* TRUTH: racy. bump(0) updates a[0] under m[0] and bump(1) updates a[0] under m[1]: different locks for the same element. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int a[2];

static void bump(int i)
{
    pthread_mutex_lock(&m[i % 2]);
    a[i / 2]++;
    pthread_mutex_unlock(&m[i % 2]);
}

static void *t0(void *p) { (void)p; bump(0); return NULL; }
static void *t1(void *p) { (void)p; bump(1); return NULL; }

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t0, NULL);
    pthread_create(&y, NULL, t1, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", a[0]);
    return 0;
}
