/* TRUTH: racy — thread one updates hi_water under m1, thread two updates hi_water under m2 (it holds m2 for lo_water and reuses it); the two writes of hi_water are guarded by different locks, hence unordered. lo_water is fine. */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
int hi_water, lo_water;

void *one(void *a)
{
    int v = *(int *)a;
    pthread_mutex_lock(&m1);
    if (v > hi_water)
        hi_water = v;
    pthread_mutex_unlock(&m1);
    return NULL;
}

void *two(void *a)
{
    int v = *(int *)a;
    pthread_mutex_lock(&m2);
    if (v < lo_water)
        lo_water = v;
    if (v > hi_water)
        hi_water = v;
    pthread_mutex_unlock(&m2);
    return NULL;
}

int main(void)
{
    int a = 5, b = 9;
    pthread_t x, y;
    pthread_create(&x, NULL, one, &a);
    pthread_create(&y, NULL, two, &b);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", hi_water, lo_water);
    return 0;
}
