/* TRUTH: free. Both threads lock lk[1][0] (the same mutex) before writing cell. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lk[2][2];
static int cell;

static void *w(void *arg)
{
    int r = *(int *)arg;
    pthread_mutex_lock(&lk[1][0]);
    cell += r + 1;
    pthread_mutex_unlock(&lk[1][0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ra = 0, rb = 1;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            pthread_mutex_init(&lk[i][j], NULL);
    pthread_create(&a, NULL, w, &ra);
    pthread_create(&b, NULL, w, &rb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cell);
    return 0;
}
