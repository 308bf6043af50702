/* TRUTH: free — `work_done` is updated only when pthread_mutex_trylock returned 0 (lock held), and unlocked afterwards; otherwise the thread retries. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
static int work_done;
static void *w(void *u) {
    (void)u;
    int n = 0;
    while (n < 100) {
        if (pthread_mutex_trylock(&tm) == 0) {
            work_done++;
            pthread_mutex_unlock(&tm);
            n++;
        } else {
            sched_yield();
        }
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", work_done);
    return 0;
}
