/* TRUTH: free — the detached worker writes result then posts done; main waits on done before reading result. */
#include <pthread.h>
#include <semaphore.h>
static int result;
static sem_t done;
static void *w(void *arg) { (void)arg; result = 42; sem_post(&done); return NULL; }
int main(void) {
    sem_init(&done, 0, 0);
    pthread_t x;
    pthread_create(&x, NULL, w, NULL);
    pthread_detach(x);
    sem_wait(&done);
    return result != 42;
}
