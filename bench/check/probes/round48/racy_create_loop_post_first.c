/* TRUTH: racy — each worker posts before its x++, so main may create worker 1 while worker 0's x++ is still pending */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { sem_post(&s); x++; return 0; }
int main(void) {
  pthread_t t[2]; sem_init(&s, 0, 0);
  for (int i = 0; i < 2; i++) {
    pthread_create(&t[i], 0, w, 0);
    sem_wait(&s);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return x;
}
