/* TRUTH: free — the writer posts after x = 1; main waits for that post before creating the reader thread, so the reader's x++ is ordered after the write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x = 1; sem_post(&s); return 0; }
void *r(void *a) { x++; return 0; }
int main(void) {
  pthread_t t1, t2; sem_init(&s, 0, 0);
  pthread_create(&t1, 0, w, 0);
  sem_wait(&s);
  pthread_create(&t2, 0, r, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
