/* Test program: eight threads that fight over one mutex with the work inside it (lock-bound).
 * Eight, not four: a thread that unlocks takes the lock again before a waiter wakes, so the
 * threads run mostly one after another and each waits for those before it; with eight the
 * waits are ~3/4 of thread time on any machine, far from the verdict's threshold. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long counter;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1500; i++) {
        pthread_mutex_lock(&counter_lock);
        /* The whole "work" happens while holding the lock: the others can only wait. */
        for (volatile int k = 0; k < 20000; k++)
            counter++;
        pthread_mutex_unlock(&counter_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], NULL);
    printf("%lu\n", counter);
    return 0;
}
