/*
 * Leaves reads that never return.  Makes three short reads of /dev/zero, starts a
 * thread that blocks reading a pipe nobody writes, then: "kill" (default) says
 * "ready PID" and blocks in a read of its own until it is SIGKILLed; "exit" returns
 * from main while the thread is still blocked.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

static int stuck_pipe[2];

static void *stuck(void *arg)
{
    char c;
    (void)arg;
    return (void *)(long)read(stuck_pipe[0], &c, 1);
}

int main(int argc, char **argv)
{
    int zero = open("/dev/zero", O_RDONLY), own[2];
    pthread_t t;
    char c;

    for (int i = 0; i < 3; i++)
        if (read(zero, &c, 1) != 1)
            return 1;
    if (pipe(stuck_pipe) < 0 || pipe(own) < 0 || pthread_create(&t, NULL, stuck, NULL) != 0)
        return 2;
    pthread_setname_np(t, "stuck");
    if (argc > 1 && strcmp(argv[1], "exit") == 0) {
        usleep(100 * 1000); /* the thread is in its read by then */
        printf("exiting\n");
        return 0;
    }
    printf("ready %d\n", (int)getpid());
    fflush(stdout);
    return (int)read(own[0], &c, 1);
}
