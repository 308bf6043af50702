/* TRUTH: free — main's write() is asked for 0 bytes of pending, so it reads nothing; only the worker ever touches pending */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char pending;            /* one-byte outbox, filled by the worker */

static void *worker(void *arg)
{
    (void)arg;
    usleep(1000);
    pending = '!';
    return NULL;
}

int main(void)
{
    pthread_t a;
    size_t queued = 0;          /* nothing queued yet: flush is a no-op */
    pthread_create(&a, NULL, worker, NULL);
    usleep(2000);
    ssize_t r = write(STDOUT_FILENO, &pending, queued);
    (void)r;
    pthread_join(a, NULL);
    printf("done\n");
    return 0;
}
