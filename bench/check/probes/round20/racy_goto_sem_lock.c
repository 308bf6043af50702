/* TRUTH: racy. s (a binary semaphore) guards c; main posts it before the goto back, so its second c++ runs without s while w increments c under s. */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int c;
void *w(void *a) { sem_wait(&s); c++; sem_post(&s); return a; }
int main(void) {
    pthread_t t;
    int n = 0;
    sem_init(&s, 0, 1);
    sem_wait(&s);
L:
    c++;
    if (n++ == 0) {
        sem_post(&s);
        pthread_create(&t, 0, w, 0);
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
