/* TRUTH: race-free. Each worker opens the lock file itself (its own open file description) and takes an exclusive open-file-description lock with F_OFD_SETLKW before updating `records`; OFD locks on different descriptions conflict even within one process, so the updates are mutually excluded, and the kernel's lock hand-off orders them. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char path[] = "/tmp/weft_probe22_ofdXXXXXX";
static int records;

static void *worker(void *arg)
{
    struct flock fl = {0};
    (void)arg;
    int fd = open(path, O_RDWR);
    if (fd < 0)
        return NULL;
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fcntl(fd, F_OFD_SETLKW, &fl);
    records++;
    fl.l_type = F_UNLCK;
    fcntl(fd, F_OFD_SETLK, &fl);
    close(fd);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int fd = mkstemp(path);
    if (fd < 0)
        return 1;
    close(fd);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    unlink(path);
    printf("%d\n", records);
    return 0;
}
