/* racy: thread A posts the binary semaphore twice, raising it to 2, so both B threads can be in the x++ section together */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int x;
void *A(void *p) { (void)p; sem_wait(&s); x++; sem_post(&s); sem_post(&s); return NULL; }
void *B(void *p) { (void)p; sem_wait(&s); x++; sem_post(&s); return NULL; }
int main(void) {
  sem_init(&s, 0, 1);
  pthread_t a, b, c;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_create(&c, NULL, B, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
  return x;
}
