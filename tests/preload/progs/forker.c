/* fork: the child exits 7 after a short sleep, the parent waits and reports it. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    int st = 0;
    pid_t pid;

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        usleep(5000);
        exit(7);
    }
    if (waitpid(pid, &st, 0) != pid)
        return 1;
    printf("child exited %d\n", WEXITSTATUS(st));
    return 3;
}
