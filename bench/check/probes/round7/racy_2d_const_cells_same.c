/* TRUTH: racy. both threads update grid[1][2] (right writes it, left increments it) with no lock. */
#include <pthread.h>
#include <stdio.h>
static int grid[3][4];

static void *left(void *p) { (void)p; grid[0][1] = 7; grid[1][2] += 1; return NULL; }
static void *right(void *p) { (void)p; grid[0][2] = 8; grid[1][2] = 0; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", grid[1][2]);
    return 0;
}
