/* TRUTH: racy. main posts the eventfd before filling `msg`; the consumer's eventfd_read can return at once and its read of msg (printf of msg) overlaps main's strcpy into msg. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>

static int efd;
static char msg[32];

static void *consumer(void *arg)
{
    eventfd_t v;
    (void)arg;
    eventfd_read(efd, &v);
    printf("got %s\n", msg);
    return NULL;
}

int main(void)
{
    pthread_t t;
    efd = eventfd(0, 0);
    if (efd < 0)
        return 1;
    pthread_create(&t, NULL, consumer, NULL);
    eventfd_write(efd, 1);
    strcpy(msg, "hello");
    pthread_join(t, NULL);
    return 0;
}
