/* TRUTH: racy — main installs a SIGUSR1 handler, starts a thread that increments counter, then calls raise(SIGUSR1): the handler runs in main's thread (allowed to touch plain objects since the signal came from raise) and writes counter concurrently with the thread's increments; unordered plain accesses in two threads. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
static int counter;
static void on_usr1(int sig) { (void)sig; counter = -1000; }
static void *work(void *arg) {
    for (int i = 0; i < 100000; i++) counter++;
    return arg;
}
int main(void) {
    pthread_t t;
    signal(SIGUSR1, on_usr1);
    pthread_create(&t, NULL, work, NULL);
    raise(SIGUSR1);
    pthread_join(t, NULL);
    printf("%d\n", counter);
    return 0;
}
