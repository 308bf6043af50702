/* TRUTH: racy. The inner loop releases m when j reaches 2 and only retakes it at the next row, so grid writes for j>=2 happen unlocked, conflicting with the other thread. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int grid[4][4];

static void *fill(void *arg)
{
    int v = *(int *)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&m);
        for (int j = 0; j < 4; j++) {
            if (j == 2)
                pthread_mutex_unlock(&m);
            grid[i][j] += v;
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int va = 1, vb = 2;
    pthread_create(&a, NULL, fill, &va);
    pthread_create(&b, NULL, fill, &vb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", grid[3][3]);
    return 0;
}
