/* TRUTH: race-free. spin lock. main holds the lock from before it starts the thread until after x = 2; the thread takes the lock before x = 1, so main's write happens before the thread's. */
#include <pthread.h>
#include <threads.h>
pthread_spinlock_t sl;
int x;
static void *worker(void *arg) {
    (void)arg;
    pthread_spin_lock(&sl);
    pthread_spin_unlock(&sl);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_spin_init(&sl, 0);
    pthread_spin_lock(&sl);
    pthread_create(&t, NULL, worker, NULL);
    x = 2;
    pthread_spin_unlock(&sl);
    pthread_join(t, NULL);
    return x;
}
