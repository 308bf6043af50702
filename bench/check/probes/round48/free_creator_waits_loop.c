/* TRUTH: free — iteration 0 creates the writer and waits for its post; the reader is created in iteration 1, after that wait */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x = 1; sem_post(&s); return 0; }
void *r(void *a) { x++; return 0; }
int main(void) {
  pthread_t t[2]; sem_init(&s, 0, 0);
  for (int i = 0; i < 2; i++) {
    pthread_create(&t[i], 0, i ? r : w, 0);
    if (i == 0) sem_wait(&s);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return x;
}
