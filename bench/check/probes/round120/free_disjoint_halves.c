/* TRUTH: free — two threads each write 5 elements starting at a and at a+5, disjoint ranges of a[10]; main reads after joining */
#include <pthread.h>

int a[10];

void *fill(void *arg)
{
    int *base = arg;
    for (int r = 0; r < 20; r++)
        for (int i = 0; i < 5; i++)
            base[i] = r + i;
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, fill, a);
    pthread_create(&t2, 0, fill, a + 5);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return a[4] + a[9] == 46 ? 0 : 1;
}
