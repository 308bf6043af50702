// p[K] through a thread's pointer parameter is element K of the array the caller passed only
// when the array is accessed by name as p's type: a char view's p[1] is a byte of g[0], not
// g[1]. A library call given &p[0] reaches past element 0 (memset, strcpy), and an index
// (unsigned char)257 is 1, not 257.
#include <pthread.h>
#include <string.h>

static int g[4], h[4], m[4];
static char s[8];

static void *bytes(void *arg)
{
    char *p = arg;
    p[1] = 1; // RACE (possible): a byte of g[0], which the other thread writes
    return 0;
}

static void *ints(void *arg)
{
    int *p = arg;
    p[0] = 2;
    return 0;
}

static void *clear(void *arg)
{
    int *p = arg;
    memset(&p[0], 0, 2 * sizeof(int)); // RACE (possible): h[0] and h[1]; the other thread writes h[1]
    return 0;
}

static void *second(void *arg)
{
    int *p = arg;
    p[1] = 3;
    return 0;
}

static void *narrow(void *arg)
{
    int *p = arg;
    p[(unsigned char)257] = 4; // RACE (definite): m[1], which the other thread writes
    return 0;
}

static void *copy(void *arg)
{
    char *p = arg;
    strcpy(&p[0], "hi"); // RACE (possible): writes s[0] to s[2]; the other thread writes s[2]
    return 0;
}

static void *third(void *arg)
{
    char *p = arg;
    p[2] = 'x';
    return 0;
}

int main(void)
{
    pthread_t t[8];
    pthread_create(&t[0], 0, bytes, g);
    pthread_create(&t[1], 0, ints, g);
    pthread_create(&t[2], 0, clear, h);
    pthread_create(&t[3], 0, second, h);
    pthread_create(&t[4], 0, narrow, m);
    pthread_create(&t[5], 0, second, m);
    pthread_create(&t[6], 0, copy, s);
    pthread_create(&t[7], 0, third, s);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], 0);
    return g[0] + h[1] + m[1] + s[2];
}
