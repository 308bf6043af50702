// An element a[i] by the counter of a counting loop with constant bounds that never leaves
// early, on every pass of its body, reaches every element of the loop's range: two threads
// whose ranges meet both reach the element they share (definite). Under a branch of the
// body, in a loop that may stop early (a call of the program's own may end the thread), or
// through a cast (bytes, not elements), it reaches only some of them (possible).
#include <pthread.h>

#define LEN 8
#define HALF (LEN / 2)

static int a[LEN], b[LEN], c[LEN], d[LEN], e[LEN], f[LEN];
static int stop;

static void end_at(int i)
{
    if (i == 3)
        pthread_exit(NULL);
}

static void *low(void *arg)
{
    (void)arg;
    for (int i = 0; i <= HALF; i++) /* off by one: a[HALF] is the other half's too */
        a[i] = 1; // RACE (definite): a[4]
    for (int i = 0; i < LEN; i++)
        if (i % 2)
            b[i] = 1; // RACE (possible): the odd elements only, which the branch says
    for (int i = 0; i < LEN; i++) {
        if (stop)
            break;
        c[i] = 1; // RACE (possible): the loop may stop before c[7]
    }
    for (int i = 0; i < HALF; i++)
        d[i] = 1; // NORACE: d[0..3] only
    for (int i = 0; i < 4; i++)
        ((char *)e)[i] = 1; // RACE (possible): in fact the bytes of e[0] only
    for (int i = 0; i < LEN; i++) {
        f[i] = 1; // RACE (possible): in fact f[0..3] only, end_at ends the thread
        end_at(i);
    }
    return NULL;
}

static void *high(void *arg)
{
    (void)arg;
    for (int i = HALF; i < LEN; i++)
        a[i] = 2; // RACE (definite)
    b[3] = 2;     // RACE (possible)
    c[7] = 2;     // RACE (possible)
    for (int i = HALF; i < LEN; i++)
        d[i] = 2; // NORACE: d[4..7] only
    stop = 1;     // RACE (possible): read unlocked by low
    e[2] = 2;     // RACE (possible)
    f[7] = 2;     // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, low, NULL);
    pthread_create(&t2, NULL, high, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
