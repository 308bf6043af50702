/* FREE: detached thread writes a result under a mutex and signals; main waits on
   the condition under the same mutex before reading. */
#include <pthread.h>
#include <stdio.h>
static int answer;
static int ready;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *compute(void *a) {
    (void)a;
    int v = 6 * 7;
    pthread_mutex_lock(&mu);
    answer = v;
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, compute, NULL);
    pthread_detach(t);
    pthread_mutex_lock(&mu);
    while (!ready) pthread_cond_wait(&cv, &mu);
    int a = answer;
    pthread_mutex_unlock(&mu);
    printf("%d\n", a);
    return 0;
}
