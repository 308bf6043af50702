/* TRUTH: racy — the pthread_atfork prepare handler (registered before the thread starts) runs inside main's later fork() call, i.e. while the worker thread is running; it writes gen plainly, unordered with the worker's plain increments of gen. */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
static int gen;
static void prepare(void) { gen = 0; }
static void *work(void *arg) {
    for (int i = 0; i < 100000; i++) gen++;
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_atfork(prepare, NULL, NULL);
    pthread_create(&t, NULL, work, NULL);
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    waitpid(pid, NULL, 0);
    pthread_join(t, NULL);
    printf("%d\n", gen);
    return 0;
}
