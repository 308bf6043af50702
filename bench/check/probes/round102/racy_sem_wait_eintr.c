/* TRUTH: racy — main's sem_wait is interrupted by a signal handler (no SA_RESTART) and returns -1/EINTR, so on_wait() writes interrupted while the poker thread wrote it unsynchronized */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static sem_t s;
static int interrupted;
static pthread_t main_thread;
static atomic_int done;

static void on_signal(int sig) { (void)sig; }

static void on_wait(int rc)
{
    if (rc != 0)
        interrupted = 1;
}

static void *poker(void *arg)
{
    (void)arg;
    interrupted = 0; /* no lock */
    while (!atomic_load(&done)) {
        pthread_kill(main_thread, SIGUSR1);
        usleep(10000);
    }
    return NULL;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: sem_wait fails with EINTR */
    sigaction(SIGUSR1, &sa, NULL);
    sem_init(&s, 0, 0); /* nobody posts */
    main_thread = pthread_self();
    pthread_t t;
    pthread_create(&t, NULL, poker, NULL);
    on_wait(sem_wait(&s));
    atomic_store(&done, 1);
    pthread_join(t, NULL);
    printf("%d\n", interrupted);
    return 0;
}
