/* Race-free: bump(258) writes rec[(unsigned char)258] == rec[2].hits, the other thread writes rec[3].hits. */
#include <pthread.h>
#include <stdio.h>
struct rec {
    int hits;
    int misses;
};
struct rec rec[4];
static void bump(unsigned char k)
{
    rec[k].hits++;
}
static void *w1(void *arg)
{
    (void)arg;
    bump(258);
    return NULL;
}
static void *w2(void *arg)
{
    (void)arg;
    rec[3].hits++;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", rec[3].hits);
    return 0;
}
