/* TRUTH: racy — row workers write m[r][*] for their row r while the column worker writes m[*][0]; e.g. row worker 0 and the column worker both write m[0][0]. */
#include <pthread.h>
#include <stdio.h>

#define R 3
#define C 3
static int m[R][C];

static void *row_fill(void *arg)
{
    int r = (int)(long)arg;
    for (int c = 0; c < C; c++)
        m[r][c] = r * C + c;
    return NULL;
}

static void *col_clear(void *arg)
{
    (void)arg;
    for (int r = 0; r < R; r++)
        m[r][0] = 0;
    return NULL;
}

int main(void)
{
    pthread_t t[R + 1];
    for (long r = 0; r < R; r++)
        pthread_create(&t[r], NULL, row_fill, (void *)r);
    pthread_create(&t[R], NULL, col_clear, NULL);
    for (int i = 0; i <= R; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", m[1][0]);
    return 0;
}
