/* TRUTH: free — main waits for W's post (after W's write) before creating P, which creates C; C's write is ordered after W's via wait -> create -> create */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *W(void *a) { x = 1; sem_post(&s); return 0; }
void *C(void *a) { x = 2; return 0; }
void *P(void *a) {
  pthread_t c;
  pthread_create(&c, 0, C, 0);
  pthread_join(c, 0);
  return 0;
}
int main(void) {
  pthread_t w, p; sem_init(&s, 0, 0);
  pthread_create(&w, 0, W, 0);
  sem_wait(&s);
  pthread_create(&p, 0, P, 0);
  pthread_join(w, 0);
  pthread_join(p, 0);
  return x;
}
