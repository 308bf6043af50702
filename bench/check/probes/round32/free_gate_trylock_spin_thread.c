/* TRUTH: race-free. mutex taken by a trylock loop in the thread. main holds the lock from before it starts the thread until after x = 2; the thread takes the lock before x = 1, so main's write happens before the thread's. */
#include <pthread.h>
#include <threads.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
static void *worker(void *arg) {
    (void)arg;
    while (pthread_mutex_trylock(&m) != 0) ; ;
    pthread_mutex_unlock(&m);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t t;
    (void)0;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, worker, NULL);
    x = 2;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return x;
}
