/* TRUTH: racy. Both threads get 2 from their argument and write grid[2][1] unlocked. */
#include <pthread.h>
#include <stdio.h>

static int grid[4][4];

static void *left(void *arg)
{
    int r = (int)(long)arg;
    grid[r][1] = 11;
    return NULL;
}

static void *right(void *arg)
{
    int r = (int)(long)arg;
    grid[r][1] += 22;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, (void *)2L);
    pthread_create(&b, NULL, right, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", grid[2][1]);
    return 0;
}
