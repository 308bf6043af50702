/* TRUTH: race-free. (variant of ../free_eventfd_handoff.c: error paths abort() instead of return 1) main fills `msg` then eventfd_write(efd, 1); consumer's eventfd_read blocks while the counter is 0, so it returns only after main's write; main's stores to msg happen before the consumer's loads. main does not touch msg again before the join. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>

static int efd;
static char msg[32];

static void *consumer(void *arg)
{
    eventfd_t v;
    (void)arg;
    eventfd_read(efd, &v); /* blocks until main posts */
    printf("got %s\n", msg);
    return NULL;
}

int main(void)
{
    pthread_t t;
    efd = eventfd(0, 0);
    if (efd < 0)
        abort();
    pthread_create(&t, NULL, consumer, NULL);
    strcpy(msg, "hello");
    eventfd_write(efd, 1);
    pthread_join(t, NULL);
    return 0;
}
