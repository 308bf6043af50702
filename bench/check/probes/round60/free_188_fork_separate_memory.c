/* TRUTH: free — the child PROCESS (fork) writes its own copy of x; in the parent, the worker thread writes x before main joins it and main writes x only after the join; processes do not share memory, so no two threads of one address space conflict. */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
static int x;
static void *work(void *arg) { x = 2; return arg; }
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        x = 1;
        _exit(x);
    }
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    pthread_join(t, NULL);
    x = 3;
    waitpid(pid, NULL, 0);
    printf("%d\n", x);
    return 0;
}
