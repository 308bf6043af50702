/* TRUTH: race-free. C11 mtx. main holds the lock from before it starts the thread until after x = 2; the thread takes the lock before x = 1, so main's write happens before the thread's. */
#include <pthread.h>
#include <threads.h>
mtx_t mx;
int x;
static void *worker(void *arg) {
    (void)arg;
    mtx_lock(&mx);
    mtx_unlock(&mx);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t t;
    mtx_init(&mx, mtx_plain);
    mtx_lock(&mx);
    pthread_create(&t, NULL, worker, NULL);
    x = 2;
    mtx_unlock(&mx);
    pthread_join(t, NULL);
    return x;
}
