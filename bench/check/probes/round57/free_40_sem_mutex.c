/* TRUTH: free — binary semaphore initialised to 1 used as a mutex; every access to `shared_sum` in both threads is between sem_wait and sem_post. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t gate;
static long shared_sum;
static void *add(void *p) {
    long d = *(long *)p;
    for (int i = 0; i < 300; i++) { sem_wait(&gate); shared_sum += d; sem_post(&gate); }
    return NULL;
}
int main(void) {
    static long one = 1, two = 2;
    sem_init(&gate, 0, 1);
    pthread_t a, b;
    pthread_create(&a, NULL, add, &one);
    pthread_create(&b, NULL, add, &two);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shared_sum);
    return 0;
}
