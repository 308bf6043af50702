/* TRUTH: free — slot index is (id * 3) % 4, a bijection on {0,1,2,3} (0,3,2,1), so each of the four threads writes a distinct grid element; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
static int grid[NT];

static void *mark(void *a)
{
    int id = (int)(long)a;
    int idx = (id * 3) % NT;
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
    printf("%d %d %d %d\n", grid[0], grid[1], grid[2], grid[3]);
    return 0;
}
