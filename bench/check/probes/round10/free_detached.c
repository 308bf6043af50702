/* free: a detached thread writes `status` under a mutex and signals a condvar;
   main waits on the condvar under the mutex before reading. */
#include <pthread.h>
static int status;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void *bg(void *a) { (void)a; pthread_mutex_lock(&m); status = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, bg, 0);
    pthread_detach(t);
    pthread_mutex_lock(&m);
    while (!status) pthread_cond_wait(&c, &m);
    int s = status;
    pthread_mutex_unlock(&m);
    return s - 1;
}
