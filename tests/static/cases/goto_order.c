// Gotos ordered as the code runs, labels told apart by name (round 18): two labels made by
// one macro are two labels; a label in a branch the compiler could drop is still reached by
// its goto; a goto into a loop's body, or a label some goto jumps back to, meets states from
// anywhere; a goto out of a loop leaves with the threads earlier passes started; a literal
// converted on the way ((unsigned char)256) is the value it converts to.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int a, b, c, d, e, f;
static pthread_t th[4];

static void *reader(void *p)
{
    (void)p;
    return (void *)(long)(a + b + c + d + e + f);
}

#define TWO_LABELS(x, y) x: pthread_mutex_lock(&m); y:

static void two_labels(int k)
{
    if (k)
        goto second;
    goto first;
    TWO_LABELS(first, second)
    a = 1; // RACE: the goto to 'second' skips the lock
    if (k)
        return;
    pthread_mutex_unlock(&m);
}

static void dropped_branch(void)
{
    goto inside;
    if (0) {
    inside:
        b = 1; // RACE: reached by the goto, while reader runs
    }
}

static void into_loop(int n)
{
    int i = 0;
    goto body;
    for (; i < n; i++) {
        pthread_mutex_lock(&m);
    body:
        c++; // RACE: the goto arrives without the lock
        pthread_mutex_unlock(&m);
    }
}

static void out_of_loop(int n)
{
    for (int i = 0; i < n; i++) {
        if (i == 2)
            goto done;
        pthread_create(&th[i], 0, reader, 0);
    }
    return;
done:
    d = 1; // RACE: the threads of passes 0 and 1 still run
}

static void skip_join_and_back(int n)
{
    pthread_create(&th[3], 0, reader, 0);
    if (n > 0)
        goto out;
    pthread_join(th[3], 0);
out:
    e = 2; // RACE: the first goto skips the join
    if (--n > 5)
        goto out;
}

static void converted(void)
{
    if ((unsigned char)256)
        pthread_join(th[3], 0); /* never: (unsigned char)256 is 0 */
    f = 1; // RACE: reader still runs
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_create(&th[2], 0, reader, 0);
    two_labels(argc);
    dropped_branch();
    into_loop(argc);
    pthread_join(th[2], 0);
    out_of_loop(argc + 3);
    skip_join_and_back(argc);
    converted();
    return 0;
}
