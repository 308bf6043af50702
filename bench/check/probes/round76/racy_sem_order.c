/* TRUTH: racy — f posts before its write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *f(void *a) { sem_post(&s); x = 1; return 0; }
int main(void){ pthread_t t; sem_init(&s, 0, 0); pthread_create(&t, 0, f, 0); sem_wait(&s); x = 2; pthread_join(t, 0); return 0; }
