/* TRUTH: race-free. worker (a thread of the parent process) writes `counter`; main in the parent joins it before reading. The forked child has only the forking thread and a private copy-on-write copy of counter: the child's `counter = 1` touches different memory than worker's write, and worker never runs in the child. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int counter;

static void *worker(void *arg)
{
    (void)arg;
    counter = 100;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pid_t pid = fork();
    if (pid != 0) { /* parent, or fork failed */
        pthread_join(t, NULL);
        if (pid > 0)
            waitpid(pid, NULL, 0);
        printf("parent %d\n", counter);
        exit(0);
    }
    /* child process: its own copy of counter, no worker thread here */
    counter = 1;
    _exit(counter == 1 ? 0 : 1);
}
