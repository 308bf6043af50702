/* TRUTH: racy — thread y writes ((int *)b)[0] and thread z writes the same int through a pointer read back from an integer, unordered */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
static uintptr_t addr;
static void *y(void *arg)
{
    int *q = arg;
    q[0] = 3;
    return 0;
}
static void *z(void *arg)
{
    (void)arg;
    int *q = (int *)addr;
    *q = 4;
    return 0;
}
int main(void)
{
    void *b = malloc(16);
    if (!b)
        return 1;
    ((long *)b)[1] = 0;
    addr = (uintptr_t)b;
    pthread_t t1, t2;
    pthread_create(&t1, 0, y, b);
    pthread_create(&t2, 0, z, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("%d\n", ((int *)b)[0]);
    free(b);
    return 0;
}
