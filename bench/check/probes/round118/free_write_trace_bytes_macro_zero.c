/* TRUTH: free — TRACE_BYTES(x) is the constant 0 when TRACE is 0, so write() reads no byte of 'packets', which the worker keeps incrementing */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define TRACE 0
#define TRACE_BYTES(x) (TRACE ? sizeof(x) : 0)

static long packets;

static void *rx(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        packets++;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    int fd = open("/dev/null", O_WRONLY);
    pthread_create(&t, NULL, rx, NULL);
    long rc = 0;
    for (int i = 0; i < 40; i++) {
        rc += write(fd, &packets, TRACE_BYTES(packets));   /* trace hook, compiled out */
        usleep(250);
    }
    pthread_join(t, NULL);
    close(fd);
    printf("%ld %ld\n", rc, packets);
    return 0;
}
