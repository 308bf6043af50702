// A column m[r][id] per thread: every element a thread reaches is its id plus a multiple of
// the row's length, so two ids less than a row apart never meet; a neighbour's column does.
// A row's loop bounded by c + 1 < C stays within the row; by c - 1 < C it does not.
#include <pthread.h>

#define R 4
#define C 3
static int m[R][C], n[R][C], cube[2][R][C];
static int ids[C], ids2[C], ids3[C + 1];
static int w[R + 1][C], g[R + 1][C], h[R + 1][C];

static void *column(void *arg)
{
    int c = *(int *)arg;
    for (int r = 0; r < R; r++) {
        m[r][c] = r + c; // NORACE: column c is this thread's
        for (int k = 0; k < 2; k++)
            cube[k][r][c]++; // NORACE: column c of every plane
    }
    return 0;
}

static void *smear(void *arg)
{
    int c = *(int *)arg;
    for (int r = 0; r < R; r++)
        n[r][c] = n[r][c + 1 < C ? c + 1 : c]; // RACE (possible): the next thread's column
    return 0;
}

static void *wide(void *arg)
{
    int c = *(int *)arg;
    for (int r = 0; r < R; r++)
        w[r][c] = c; // RACE (possible): ids 0 to C, one more than a row: w[r][C] is w[r + 1][0]
    return 0;
}

static void *row(void *arg)
{
    long id = (long)arg;
    for (int c = 0; c + 1 < C; c++)
        g[id][c] += g[id][C - 1]; // NORACE: c stays below C - 1, in row id
    for (int c = 0; c - 1 < C; c++)
        h[id][c] = 1; // RACE (possible): c reaches C, h[id][C] is h[id + 1][0]
    return 0;
}

int main(void)
{
    pthread_t t[C], u[C];
    for (int c = 0; c < C; c++) {
        ids[c] = c;
        pthread_create(&t[c], 0, column, &ids[c]);
    }
    for (int c = 0; c < C; c++)
        pthread_join(t[c], 0);
    for (int c = 0; c < C; c++) {
        ids2[c] = c;
        pthread_create(&u[c], 0, smear, &ids2[c]);
    }
    for (int c = 0; c < C; c++)
        pthread_join(u[c], 0);
    pthread_t v[C + 1];
    for (int c = 0; c <= C; c++) {
        ids3[c] = c;
        pthread_create(&v[c], 0, wide, &ids3[c]);
    }
    for (int c = 0; c <= C; c++)
        pthread_join(v[c], 0);
    for (long i = 0; i < R; i++)
        pthread_create(&v[i], 0, row, (void *)i);
    for (int i = 0; i < R; i++)
        pthread_join(v[i], 0);
    return m[3][2] + cube[1][2][1] + n[0][0];
}
