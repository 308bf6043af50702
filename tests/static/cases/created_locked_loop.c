// A thread started while main holds m, which takes m before it reads: main's writes before
// its unlock come first. Only for the instance started in that section: a loop (or a goto
// back, or a second section) starting the thread again writes while the earlier instance,
// past m, reads (rounds 20, 23).
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int once_x, loop_x, goto_x, seq_x;

static void *once_reader(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)once_x; // NORACE: main wrote it before unlocking m, and never again
}

static void *loop_reader(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)loop_x; // RACE (possible): the next iteration writes it
}

static void *goto_reader(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)goto_x; // RACE (possible): the pass after the goto writes it
}

static void *seq_reader(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)seq_x; // RACE (possible): the second section writes it while the first reader runs
}

static void twice(void)
{
    pthread_t t[2];
    pthread_mutex_lock(&m);
    pthread_create(&t[0], 0, seq_reader, 0);
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    pthread_create(&t[1], 0, seq_reader, 0);
    seq_x = 2; // RACE (possible)
    pthread_mutex_unlock(&m);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}

static void once(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, 0, once_reader, 0);
    once_x = 1; // NORACE
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
}

static void in_while(void)
{
    pthread_t t[2];
    int n = 0;
    while (n < 2) {
        pthread_mutex_lock(&m);
        pthread_create(&t[n], 0, loop_reader, 0);
        loop_x = 2; // RACE (possible)
        pthread_mutex_unlock(&m);
        n++;
    }
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}

static void by_goto(void)
{
    pthread_t t[2];
    int n = 0;
again:
    pthread_mutex_lock(&m);
    pthread_create(&t[n], 0, goto_reader, 0);
    goto_x = 2; // RACE (possible)
    pthread_mutex_unlock(&m);
    if (++n < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}

int main(void)
{
    once();
    in_while();
    by_goto();
    twice();
    return 0;
}
