/* TRUTH: race-free. No threads: the child process writes the MAP_SHARED page and exits; the parent reads it only after waitpid() reported the child's exit (waitpid synchronizes memory per POSIX 4.12). Under any reading (processes are not C11 threads) the accesses are ordered. */
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

struct shared {
    int status;
    char text[32];
};

int main(void)
{
    struct shared *sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED)
        return 1;
    pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        sh->status = 7;
        snprintf(sh->text, sizeof sh->text, "child done");
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("%d %s\n", sh->status, sh->text);
    munmap(sh, sizeof *sh);
    return 0;
}
