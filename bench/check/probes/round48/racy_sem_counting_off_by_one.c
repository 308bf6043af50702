/* TRUTH: racy — the consumer reads a[i] before its (i+1)-th wait (after only i waits), so it can read a[0] while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#define N 4
int a[N]; sem_t s; int sum;
void *prod(void *p) { for (int i = 0; i < N; i++) { a[i] = i + 1; sem_post(&s); } return 0; }
void *cons(void *p) {
  int k = 0;
  for (int i = 0; i < N; i++) {
    k += a[i];
    sem_wait(&s);
  }
  sum = k;
  return 0;
}
int main(void) {
  pthread_t p, c; sem_init(&s, 0, 0);
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return sum;
}
