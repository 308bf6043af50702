/* TRUTH: racy — semaphore initialised to 2, so both threads can be in the critical section */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
sem_t s; int cnt;
void *w(void *a) { for (int i = 0; i < 100; i++) { sem_wait(&s); cnt++; sem_post(&s); } return 0; }
int main(void) {
  pthread_t a, b; sem_init(&s, 0, 2);
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
