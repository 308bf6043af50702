/* TRUTH: racy — main's sem_wait pairs with P's post, which is unrelated to W's write, so C's x = 2 can overlap W's x = 1 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *W(void *a) { x = 1; return 0; }
void *P(void *a) { sem_post(&s); return 0; }
void *C(void *a) { x = 2; return 0; }
int main(void) {
  pthread_t w, p, c; sem_init(&s, 0, 0);
  pthread_create(&w, 0, W, 0);
  pthread_create(&p, 0, P, 0);
  sem_wait(&s);
  pthread_create(&c, 0, C, 0);
  pthread_join(w, 0); pthread_join(p, 0); pthread_join(c, 0);
  return x;
}
