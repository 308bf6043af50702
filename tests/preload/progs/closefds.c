/* Closes every fd above stderr (close_range and a loop), then does traced work. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static int fds[2];

static void *writer(void *arg)
{
    (void)arg;
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
    if (write(fds[1], "y", 1) != 1)
        return NULL;
    return NULL;
}

int main(void)
{
    pthread_t t;
    char c;

    close_range(3, ~0u, 0);
    for (int fd = 3; fd < 1024; fd++)
        close(fd);
    if (pipe(fds) != 0)
        return 1;
    pthread_create(&t, NULL, writer, NULL);
    if (read(fds[0], &c, 1) != 1)
        return 1;
    pthread_join(t, NULL);
    printf("closed and traced %c\n", c);
    return 0;
}
