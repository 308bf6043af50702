/* TRUTH: free — writev only reads the constant banner and the main-initialised footer, which nobody writes after thread creation; the ticker thread writes only ticks (whose address is taken for its argument) */
#include <pthread.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

static const char banner[] = "HELLO\n";
static char footer[16];
static long ticks;

static void *ticker(void *arg)
{
    long *t = arg;
    for (int i = 0; i < 200; i++) {
        (*t)++;
        usleep(100);
    }
    return NULL;
}

static void *sender(void *arg)
{
    int fd = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        struct iovec iov[2] = {
            { .iov_base = (void *)banner, .iov_len = sizeof banner - 1 },
            { .iov_base = footer, .iov_len = sizeof footer },
        };
        if (writev(fd, iov, 2) < 0)
            perror("writev");
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    int fd = open("/dev/null", O_WRONLY);
    snprintf(footer, sizeof footer, "bye\n");
    pthread_t a, b;
    pthread_create(&a, NULL, ticker, &ticks);
    pthread_create(&b, NULL, sender, &fd);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    close(fd);
    printf("%ld\n", ticks);
    return 0;
}
