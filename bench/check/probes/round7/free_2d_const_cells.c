/* TRUTH: free. the threads write grid[0][1] and grid[0][2], two different elements of the same row; main reads after joining. */
#include <pthread.h>
#include <stdio.h>
static int grid[3][4];

static void *left(void *p) { (void)p; grid[0][1] = 7; grid[1][1] += 1; return NULL; }
static void *right(void *p) { (void)p; grid[0][2] = 8; grid[1][2] += 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", grid[0][1], grid[0][2]);
    return 0;
}
