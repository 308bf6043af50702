/* TRUTH: free. thread r owns row r of mat (passed as &mat[r][0] ... via &rows[r]); it only touches its own row; main prints after joins. */
#include <pthread.h>
#include <stdio.h>
#define R 3
#define C 4
static double mat[R][C];
struct rowarg { double *row; int len; };

static void *normalize(void *p)
{
    struct rowarg *a = p;
    double s = 0;
    for (int j = 0; j < a->len; j++)
        s += a->row[j];
    if (s != 0)
        for (int j = a->len - 1; j >= 0; j--)
            a->row[j] /= s;
    return NULL;
}

int main(void)
{
    pthread_t t[R];
    struct rowarg args[R];
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            mat[i][j] = i + j + 1;
    for (int i = 0; i < R; i++) {
        args[i].row = mat[i];
        args[i].len = C;
        pthread_create(&t[i], NULL, normalize, &args[i]);
    }
    for (int i = 0; i < R; i++)
        pthread_join(t[i], NULL);
    printf("%f\n", mat[R - 1][C - 1]);
    return 0;
}
