/* TRUTH: race-free. The worker is joined before fork(); afterwards the child and the parent
   each update their own copy of 'counter' (separate address spaces), and within each
   process only one thread runs. */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int counter;

static void *worker(void *arg)
{
    (void)arg;
    counter += 10;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    pid_t pid = fork();
    if (pid == 0) {
        counter++;
        _exit(0);
    }
    counter += 2;
    if (pid > 0)
        waitpid(pid, NULL, 0);
    printf("%d\n", counter);
    return 0;
}
