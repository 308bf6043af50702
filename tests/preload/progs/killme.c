/* Makes N write calls, says "ready" and waits to be SIGKILLed. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 500;
    int fd = open("/dev/null", O_WRONLY);

    for (int i = 0; i < n; i++)
        if (write(fd, "x", 1) != 1)
            return 1;
    printf("ready %d\n", fd);
    fflush(stdout);
    for (;;)
        pause();
}
