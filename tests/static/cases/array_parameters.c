// A parameter declared as an array (int arr[], char buf[16]) is a pointer: what a callee
// writes through it is what the caller passed, g here, written by two threads. And an array
// member reached through a pointer (p->d[0], p->d[1]) is one location whose elements are
// not told apart: which element, not known (possible, never definite).
#include <pthread.h>
#include <string.h>

int g[4];
char name[16];

struct box {
    int d[4];
};
static struct box shared_box;

static void put(int arr[], int i)
{
    arr[i] = 1; // RACE
}

static void label(char buf[16])
{
    strcpy(buf, "x"); // RACE
}

static void *one(void *x)
{
    struct box *p = &shared_box;
    put(g, 0);
    label(name);
    p->d[0] = 1; /* (possible: see above) */
    return x;
}

static void *two(void *x)
{
    struct box *p = &shared_box;
    put(g, 0);
    label(name);
    p->d[1] = 1;
    return x;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, one, NULL);
    pthread_create(&b, NULL, two, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
