/* TRUTH: free — from the second iteration on, main waits for the previous worker's post (after its x++) before creating the next worker */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x++; sem_post(&s); return 0; }
int main(void) {
  pthread_t t[3]; sem_init(&s, 0, 0);
  for (int i = 0; i < 3; i++) {
    if (i) sem_wait(&s);
    pthread_create(&t[i], 0, w, 0);
  }
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return x;
}
