/* TRUTH: racy. The fork is a decoy: the child exits at once, but in the PARENT, main does `hits++` right after fork() while `counter_thread` (started before the fork and not yet joined) also does `hits++`: two threads of the parent process update hits concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int hits;

static void *counter_thread(void *arg)
{
    (void)arg;
    hits++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, counter_thread, NULL);
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    hits++; /* parent: counter_thread may be running */
    if (pid > 0)
        waitpid(pid, NULL, 0);
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
