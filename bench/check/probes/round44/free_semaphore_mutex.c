/* TRUTH: free — binary semaphore (init 1) used as a mutex around every access to the histogram */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
static sem_t lock;
static int histogram[10];
static void *sampler(void *arg) {
    unsigned seed = (unsigned)(long)arg;
    for (int i = 0; i < 200; i++) {
        int b = rand_r(&seed) % 10;
        sem_wait(&lock);
        histogram[b]++;
        sem_post(&lock);
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    sem_init(&lock, 0, 1);
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, sampler, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int total = 0;
    for (int i = 0; i < 10; i++) total += histogram[i];
    return total == 600 ? 0 : 1;
}
