/* TRUTH: free — main waits after each create for that worker's post (made after its x++), so worker 1 is created only after worker 0's x++ */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x++; sem_post(&s); return 0; }
int main(void) {
  pthread_t t[2]; sem_init(&s, 0, 0);
  for (int i = 0; i < 2; i++) {
    pthread_create(&t[i], 0, w, 0);
    sem_wait(&s);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return x;
}
