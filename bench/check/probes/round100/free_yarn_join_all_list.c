/* TRUTH: free — spawn() links threads into a list only main touches; workers update `written` under a mutex */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; struct thread *next; };

static struct thread *threads;
static pthread_mutex_t wlock = PTHREAD_MUTEX_INITIALIZER;
static long written;

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

static void *write_thread(void *arg)
{
    long len = (long)arg;
    pthread_mutex_lock(&wlock);
    written += len;
    pthread_mutex_unlock(&wlock);
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
