/* A library whose constructor registers a fork child handler before the preload's (it is initialized first); the handler makes traced calls. */
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

/* 20 one-byte preads of /dev/zero: a call the tracee's fork mode makes nowhere else. */
static void child_handler(void)
{
    int fd = open("/dev/zero", O_RDONLY);
    char c;

    for (int i = 0; i < 20 && fd >= 0; i++)
        if (pread(fd, &c, 1, 0) != 1)
            break;
    if (fd >= 0)
        close(fd);
}

__attribute__((constructor)) static void register_handler(void)
{
    pthread_atfork(NULL, NULL, child_handler);
}
