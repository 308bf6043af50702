// A handler that runs when a thread unwinds (pthread_cleanup_push's routine, run by
// pthread_exit) runs after everything the thread did, its semaphore posts too: what it
// writes is not ordered before a waiter's reads by those posts.
#include <pthread.h>
#include <semaphore.h>

int pushed;
sem_t s1;

static void on_unwind(void *p) { (void)p; pushed = 2; } // RACE (possible): runs at pthread_exit, after the post

static void *unwinder(void *arg)
{
    (void)arg;
    pthread_cleanup_push(on_unwind, NULL);
    pushed = 1; // NORACE: before the post main waits for (and before the handler, in this thread)
    sem_post(&s1);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    sem_init(&s1, 0, 0);
    pthread_t a;
    pthread_create(&a, NULL, unwinder, NULL);
    sem_wait(&s1);
    int r = pushed; // RACE (possible)
    pthread_join(a, NULL);
    return r;
}
