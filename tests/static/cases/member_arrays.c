// An array member of a struct variable (s.arr[i], s.in.m[r][c]) has its elements told apart
// as an array variable's: constant elements, each thread's own row or index. Not through a
// pointer (p->arr[i]: the elements reached are not followed), nor in a union, whose members
// share bytes: u.c[4] is u.i[1]'s.
#include <pthread.h>

union U {
    char c[8];
    int i[2];
};
struct S {
    union U u;
    int pad[4];
    struct {
        int m[2][3];
    } in;
} s;
struct P {
    int arr[4];
} shared, *ptr = &shared;

static void *w1(void *a)
{
    (void)a;
    s.u.c[4] = 1;     // RACE: the same bytes as u.i[1]
    s.pad[1] = 1;     // NORACE: pad[2] is another element
    s.in.m[1][0] = 1; // RACE: w2 increments m[1][0] too
    s.in.m[0][1] = 1; // NORACE: w2 writes m[0][2], another element
    ptr->arr[0] = 1;  // RACE: ptr points at shared, whose element 0 w2 writes
    return 0;
}

static void *w2(void *a)
{
    (void)a;
    s.u.i[1] = 2;
    s.pad[2] = 2;
    s.in.m[0][2] = 2;
    s.in.m[1][0]++;
    shared.arr[0] = 2;
    return 0;
}

static void *row(void *a)
{
    long r = (long)a;
    for (int c = 0; c < 3; c++)
        s.in.m[r][c] = c; // NORACE: each thread its own row (0 and 1)
    return 0;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], 0, w1, 0);
    pthread_create(&t[1], 0, w2, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    pthread_create(&t[2], 0, row, (void *)0L);
    pthread_create(&t[3], 0, row, (void *)1L);
    pthread_join(t[2], 0);
    pthread_join(t[3], 0);
    return 0;
}
