/* TRUTH: racy. Same protocol as free_wait_goto_poll.c, but the first thread sets its flag under m BEFORE its plain write (for (int i = 0; i < 8; i++), table[i] = i * i;, table[3] = 7;); the second thread, started once main saw the flag, accesses the same object concurrently with that write. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int table[8];

static void *loader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
    table[3] = 7;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    table[3] = table[3] + 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int d;
    pthread_create(&a, NULL, loader, NULL);
again:
    pthread_mutex_lock(&m);
    d = ready;
    pthread_mutex_unlock(&m);
    if (!d) {
        sched_yield();
        goto again;
    }
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[3]);
    return 0;
}
