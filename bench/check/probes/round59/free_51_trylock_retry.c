/* TRUTH: free — workers write jobs_done only in the branch where pthread_mutex_trylock returned 0 (lock held), and unlock right after; main reads after joins. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t jm = PTHREAD_MUTEX_INITIALIZER;
static int jobs_done;

static void *worker(void *a)
{
    int todo = (int)(long)a;
    while (todo > 0) {
        if (pthread_mutex_trylock(&jm) == 0) {
            jobs_done++;
            pthread_mutex_unlock(&jm);
            todo--;
        } else {
            sched_yield();
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)20L);
    pthread_create(&b, NULL, worker, (void *)30L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", jobs_done);
    return 0;
}
