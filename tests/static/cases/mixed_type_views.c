// One object read through pointers of different types meets itself: an allocation read as
// a long and as an int (((long *)b)[0] holds the bytes of ((int *)b)[1]), as chars and as
// ints, and an array of structs read as an int * (p[1] is s[0].y). Which element of the
// other type an index reaches is not worked out: such pairs are possible races.
#include <pthread.h>
#include <stdlib.h>

struct S {
    int x, y;
};
static struct S s[2];

static void *as_long(void *a)
{
    long *p = a;
    p[0] = 1; // RACE (possible): bytes 0 to 7, the int view's p[1] is bytes 4 to 7
    return 0;
}

static void *as_int(void *a)
{
    int *p = a;
    p[1] = 2;
    return 0;
}

static void *as_chars(void *a)
{
    char *p = a;
    p[5] = 3; // RACE (possible): a byte of the int view's p[1]
    return 0;
}

static void *ints_of_structs(void *a)
{
    int *p = a;
    p[1] = 4; // RACE (possible): s[0].y
    return 0;
}

static void *structs(void *a)
{
    struct S *p = a;
    p[0].y = 5;
    return 0;
}

static void pair(void *(*f)(void *), void *(*g)(void *), void *arg)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, f, arg);
    pthread_create(&t2, 0, g, arg);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
}

int main(void)
{
    void *b = malloc(16), *c = malloc(8);
    if (!b || !c)
        return 1;
    pair(as_long, as_int, b);
    pair(as_chars, as_int, c);
    pair(ints_of_structs, structs, s);
    free(b);
    free(c);
    return 0;
}
