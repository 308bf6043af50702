/* TRUTH: racy — slot index is (id * 2) % 4; ids 0 and 2 both map to grid[0] (and 1,3 to grid[2]); those pairs of threads write the same element unsynchronized. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
static int grid[NT];

static void *mark(void *a)
{
    int id = (int)(long)a;
    int idx = (id * 2) % NT;
    grid[idx] = id + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, mark, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", grid[0], grid[2]);
    return 0;
}
