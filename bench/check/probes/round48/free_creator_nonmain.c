/* TRUTH: free — thread B waits for A's post (made after A's write) before creating C, so C's x++ is ordered after A's x = 1 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *A(void *a) { x = 1; sem_post(&s); return 0; }
void *C(void *a) { x++; return 0; }
void *B(void *a) {
  pthread_t c;
  sem_wait(&s);
  pthread_create(&c, 0, C, 0);
  pthread_join(c, 0);
  return 0;
}
int main(void) {
  pthread_t a, b; sem_init(&s, 0, 0);
  pthread_create(&a, 0, A, 0);
  pthread_create(&b, 0, B, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
