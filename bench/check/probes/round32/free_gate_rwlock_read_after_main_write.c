/* TRUTH: race-free. rwlock: main write-locks, the thread read-locks. main holds the lock from before it starts the thread until after x = 2; the thread takes the lock before x = 1, so main's write happens before the thread's. */
#include <pthread.h>
#include <threads.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int x;
static void *worker(void *arg) {
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_unlock(&rw);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t t;
    (void)0;
    pthread_rwlock_wrlock(&rw);
    pthread_create(&t, NULL, worker, NULL);
    x = 2;
    pthread_rwlock_unlock(&rw);
    pthread_join(t, NULL);
    return x;
}
