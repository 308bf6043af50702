/* daemon() forks inside libc (no call to our fork): the child must get its own .proc and rings. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    int p[2];
    char c;

    if (pipe(p) != 0)
        return 1;
    printf("parent\n");
    fflush(stdout);
    if (fork() != 0) { /* the parent waits for the daemon to finish its work */
        close(p[1]);
        if (read(p[0], &c, 1) != 1)
            return 1;
        return 0;
    }
    close(p[0]);
    if (daemon(1, 1) != 0) /* forks again inside libc; this process exits */
        return 1;
    usleep(2000);
    if (write(p[1], "d", 1) != 1)
        return 1;
    return 6;
}
