/* TRUTH: free — thread left writes only pair.lo and thread right writes only pair.hi; distinct non-bit-field members are distinct memory locations; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct pair {
    int lo;
    int hi;
};

static struct pair pair;

static void *left(void *a)
{
    for (int i = 0; i < 10; i++)
        pair.lo += i;
    return a;
}

static void *right(void *a)
{
    for (int i = 0; i < 10; i++)
        pair.hi -= i;
    return a;
}

int main(void)
{
    pthread_t l, r;
    pthread_create(&l, NULL, left, NULL);
    pthread_create(&r, NULL, right, NULL);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", pair.lo, pair.hi);
    return 0;
}
