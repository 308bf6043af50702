// A thread handed a whole array or allocation that reaches p[K] through its parameter (or
// a local holding exactly its value) reaches element K of what the caller passed: p[0] and
// p[1] are two elements, and p[0] of two threads handed one object is one element. Handed an
// element (&h[1]), p[K] is element 1 + K. Only where the array is accessed by name as p's
// type (a char or long view of an int array reaches other elements or parts of them; an
// allocation's type is not known). Through a pointer that may change, which element (and
// which object) is not known: such an access is matched by type only.
#include <pthread.h>
#include <stdlib.h>

struct cell { int x, y; };
static int g[4], h[4];
static long moved[4], other[4];
static struct cell cells[2];

static void *first(void *arg)
{
    int *p = arg;
    p[0] = 1; // RACE (definite): the second thread also writes element 0
    return 0;
}

static void *second(void *arg)
{
    int *p = arg;
    p[1] = 2; // NORACE: element 1, nobody else's
    p[0] = 3;
    return 0;
}

static void *fields(void *arg)
{
    struct cell *c = arg;
    c[1].x = 1; // NORACE: the other thread writes c[1].y and c[0].x
    return 0;
}

static void *fields2(void *arg)
{
    struct cell *c = arg;
    c[1].y = 2; // NORACE: the other thread writes c[1].x
    c[0].x = 3;
    return 0;
}

static void *from_element(void *arg)
{
    int *p = arg;
    p[0] = 1; // RACE (definite): p is &h[1], which the other thread reaches as its p[1]
    return 0;
}

static void *whole(void *arg)
{
    int *p = arg;
    p[1] = 2;
    return 0;
}

static void *maybe_moved(void *arg)
{
    long *p = arg;
    if (*(volatile long *)&other[0])
        p = other;
    p[2] = 1; // RACE (possible): p may be other, or the array the other instance also writes
    return 0;
}

static void *buffers(void *arg)
{
    int *buf = arg;
    buf[0] = 1; // RACE (possible): both write its first element (an allocation's element type is not known)
    return 0;
}

int main(void)
{
    pthread_t t[10];
    int *buf = malloc(4 * sizeof(int));
    if (!buf)
        return 1;
    pthread_create(&t[0], 0, first, g);
    pthread_create(&t[1], 0, second, g);
    pthread_create(&t[2], 0, fields, cells);
    pthread_create(&t[3], 0, fields2, cells);
    pthread_create(&t[4], 0, from_element, &h[1]);
    pthread_create(&t[5], 0, whole, h);
    pthread_create(&t[6], 0, maybe_moved, moved);
    pthread_create(&t[7], 0, maybe_moved, moved);
    pthread_create(&t[8], 0, buffers, buf);
    pthread_create(&t[9], 0, buffers, buf);
    for (int i = 0; i < 10; i++)
        pthread_join(t[i], 0);
    free(buf);
    return g[0] + h[1] + cells[1].x + moved[2];
}
