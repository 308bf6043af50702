// A counting loop whose test may never fail runs on for ever, and what follows it may never
// run: unsigned char c < 256, unsigned u >= 0, a step of 0, i = i * 2 from 0, i += 2 to reach
// 9. A race after one is possible, not definite. A loop that surely ends (i < 10, i++) leaves
// what follows as sure as before it.
#include <pthread.h>

int after_uchar, after_unsigned, after_step, after_ok;
volatile int sink;

static void *uchar_loop(void *arg)
{
    (void)arg;
    for (unsigned char c = 0; c < 256; c++)
        sink = c;
    after_uchar = 1; // RACE (possible)
    return NULL;
}

static void *unsigned_loop(void *arg)
{
    (void)arg;
    for (unsigned u = 5; u >= 0; u--)
        sink = (int)u;
    after_unsigned = 1; // RACE (possible)
    return NULL;
}

static void *step_loop(void *arg)
{
    (void)arg;
    int i;
    for (i = 0; i != 9; i += 2)
        sink = i;
    after_step = 1; // RACE (possible)
    return NULL;
}

static void *ok_loop(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        sink = i;
    after_ok = 1; // RACE (definite)
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, uchar_loop, NULL);
    pthread_create(&t[1], NULL, unsigned_loop, NULL);
    pthread_create(&t[2], NULL, step_loop, NULL);
    pthread_create(&t[3], NULL, ok_loop, NULL);
    after_uchar = after_unsigned = after_step = after_ok = 2; // RACE
    return 0;
}
