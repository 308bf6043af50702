/* Race-free: put(4) and put(3) store into two different elements. */
#include <pthread.h>
#include <stdio.h>
int slot[8];
static void put(unsigned char k, int v)
{
    slot[k] = v;
}
static void *w1(void *arg)
{
    (void)arg;
    put(4, 1);
    return NULL;
}
static void *w2(void *arg)
{
    (void)arg;
    put(3, 2);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", slot[3]);
    return 0;
}
