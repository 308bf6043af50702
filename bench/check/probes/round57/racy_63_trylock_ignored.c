/* TRUTH: racy — when trylock fails the thread still does work_done++ (without the lock), so it can race with the other thread's locked increment. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
static int work_done;
static void *w(void *u) {
    (void)u;
    for (int n = 0; n < 100; n++) {
        int got = pthread_mutex_trylock(&tm) == 0;
        work_done++;
        if (got) pthread_mutex_unlock(&tm);
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
