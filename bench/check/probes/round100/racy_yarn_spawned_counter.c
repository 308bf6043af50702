/* TRUTH: racy — several spawn()ed threads add to `written` with no lock; reaping happens only afterwards */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; struct thread *next; };

static struct thread *threads;

static void spawn(void *(*probe)(void *), void *payload)
{
    struct thread *th = malloc(sizeof *th);
    if (th == NULL || pthread_create(&th->id, NULL, probe, payload))
        abort();
    th->next = threads;
    threads = th;
}

static int join_all(void)
{
    int n = 0;
    while (threads) {
        struct thread *th = threads;
        threads = th->next;
        if (pthread_join(th->id, NULL))
            abort();
        free(th);
        n++;
    }
    return n;
}

static long written;

static void *write_thread(void *arg)
{
    long len = (long)arg;
    written += len;
    return NULL;
}

int main(void)
{
    for (long i = 1; i <= 4; i++)
        spawn(write_thread, (void *)(i * 4096));
    int n = join_all();
    printf("%d threads wrote %ld bytes\n", n, written);
    return 0;
}
