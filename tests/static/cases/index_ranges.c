// Array elements by computed indexes: each thread's chunk data[id * CH + i] (i < CH), its
// row grid[id][c], its pair of cells pair[2 * id] and pair[2 * id + 1], a range counted from
// base = id * CH, and rows picked by a constant argument are disjoint between threads. One
// element more (i <= CH, pair[2 * id + 2]) or the same row twice is not.
#include <pthread.h>

#define N 4
#define CH 8
static int data[N * CH + 1], over[N * CH + 1], grid[N][CH], pair[2 * N + 2], pair2[2 * N + 2];
static int from[N * CH], rows[2][CH], same[2][CH];

static void fill_row(int r)
{
    for (int c = 0; c < CH; c++)
        rows[r][c] = c; // NORACE: thread a fills row 0, thread b row 1
}

static void fill_same(int r)
{
    for (int c = 0; c < CH; c++)
        same[r][c] = c; // RACE (possible): both threads fill row 0
}

static void *w(void *arg)
{
    int id = (int)(long)arg;
    int base = id * CH;
    for (int i = 0; i < CH; i++)
        data[base + i] = id; // NORACE: chunks of CH elements, one per thread
    for (int i = 0; i <= CH; i++)
        over[id * CH + i] = id; // RACE (possible): element id * CH + CH is the next thread's first
    for (int c = 0; c < CH; c++)
        grid[id][c] = c; // NORACE: a row per thread
    pair[2 * id] = 1;     // NORACE: two cells per thread
    pair[2 * id + 1] = 2; // NORACE: two cells per thread
    pair2[2 * id] = 1;     // RACE (definite): 2 * id + 2 is the next thread's first cell
    pair2[2 * id + 2] = 2; // RACE (definite): 2 * id + 2 is the next thread's first cell
    for (int k = base; k < base + CH; k++)
        from[k] = k; // NORACE: the range [id * CH, id * CH + CH) is the thread's own
    return NULL;
}

static void *a(void *arg)
{
    (void)arg;
    fill_row(0);
    fill_same(0);
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    fill_row(1);
    fill_same(0);
    return NULL;
}

int main(void)
{
    pthread_t t[N], ta, tb;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    pthread_create(&ta, NULL, a, NULL);
    pthread_create(&tb, NULL, b, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    return data[CH] + over[CH] + grid[1][1] + pair[3] + pair2[2] + from[9] + rows[1][2] + same[0][1];
}
